/**
 * ISO 3166-1 alpha-2 codes in use, plus XK (Kosovo), which invoicing and tax tools widely accept. Kept as data rather
 * than read from Intl, whose region list also names continents, old codes and pseudo-regions such as EU and ZZ.
 */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC ' +
    'CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD ' +
    'GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH ' +
    'KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW ' +
    'MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC ' +
    'SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY ' +
    'UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

export function isKnownCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

let currencyCodes: ReadonlySet<string> | undefined;

/** Currencies the runtime can format, which are the ones money in this app can be shown in. */
export function isKnownCurrencyCode(code: string): boolean {
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return currencyCodes.has(code);
}

const displayNames = new Map<string, Intl.DisplayNames>();

function namesFor(locale: string, type: 'region' | 'currency'): Intl.DisplayNames | undefined {
  const key = `${locale}|${type}`;
  const cached = displayNames.get(key);
  if (cached !== undefined) return cached;
  try {
    const created = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    displayNames.set(key, created);
    return created;
  } catch {
    return undefined;
  }
}

/** "Germany" for DE in English, "Deutschland" in German; undefined for a code that is not a country. */
export function countryName(code: string, locale: string): string | undefined {
  if (!isKnownCountryCode(code)) return undefined;
  return namesFor(locale, 'region')?.of(code);
}

/** "Euro" for EUR; undefined for a code the runtime does not know. */
export function currencyName(code: string, locale: string): string | undefined {
  if (!isKnownCurrencyCode(code)) return undefined;
  return namesFor(locale, 'currency')?.of(code);
}
