import type { BusinessIdentity, RoundingRule } from '../domain/model';

/** The demo freelancer: a Berlin developer and product designer, billing in euros. */
export const DEMO_BUSINESS: BusinessIdentity = {
  name: 'Lindqvist Studio – Mara Lindqvist',
  address: 'Reichenberger Straße 88\n10999 Berlin\nGermany',
  email: 'hello@lindqvist-studio.example',
  taxId: 'DE318552907',
  paymentInstructions: 'Bank transfer to Mara Lindqvist, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFF. Please quote the invoice number.',
};

export const DEMO_SELLER_COUNTRY = 'DE';

/** How the demo freelancer bills direct clients' hours, as their contracts say: each entry up to the next 6 minutes. */
export const DEMO_DIRECT_ROUNDING: RoundingRule = { mode: 'up', minutes: 6 };

export const DEMO_PORTFOLIO_PROFILE = {
  headline: 'Full-stack developer and product designer for data-heavy web apps',
  summary:
    'I help analytics, life-science and commerce teams turn tangled spreadsheets and slow internal tools into fast, accessible web apps. ' +
    'Twelve years of React, TypeScript and PostgreSQL, with a designer’s eye for the last mile.',
};

/** Base currency units per unit of each demo currency, as a freelancer would note them on the day. */
export const DEMO_EXCHANGE_RATES: Readonly<Record<string, number>> = { EUR: 1, USD: 0.92, GBP: 1.17 };
