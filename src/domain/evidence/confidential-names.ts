import { publicClientName, UNNAMED_CONFIDENTIAL_CLIENT } from '../clients/client-display';
import { clientSecrets, revealsSecret, secretRevealTest } from '../clients/client-public-view';
import type { Client } from '../model';

type ClientIdentity = Pick<Client, 'name' | 'company' | 'email' | 'address' | 'taxId' | 'confidential' | 'publicAlias'>;

/** What a confidential client's alias must not give away: its name, company, email, address and tax id. */
function confidentialSecrets(client: ClientIdentity): string[] {
  return client.confidential ? clientSecrets(client) : [];
}

/**
 * The name a client goes by in evidence: a confidential client's alias, or the neutral name when the alias itself
 * would give the client away (an alias like "Helix (NDA)"), as the Public view withholds such an alias.
 */
export function evidenceClientName(client: ClientIdentity): string {
  const shownAs = publicClientName(client);
  return revealsSecret(shownAs, confidentialSecrets(client)) ? UNNAMED_CONFIDENTIAL_CLIENT : shownAs;
}

/** Legal forms people drop when they write a company's name: "Helix Biotech GmbH" is "Helix Biotech" in a summary. */
const LEGAL_FORM = /[\s,]+(gmbh|ag|kg|ug|se|ltd\.?|limited|llc|inc\.?|corp\.?|co\.?|plc|s\.?l\.?|s\.?a\.?|b\.?v\.?|oy|ab|as|srl|sarl|pty)$/i;

/** Stops that end a name ("Studio K.") but which a sentence about it may not carry, or carries as its own full stop. */
const TRAILING_STOPS = /[\s.,;:!?…]+$/u;

/**
 * Every way a confidential client's real name may be written: name and company, with and without legal form, and
 * without a final stop, since a summary that ends in "Studio K" becomes "…Studio K." once inserted as a sentence.
 */
function nameVariants(client: ClientIdentity): string[] {
  const variants = new Set<string>();
  for (const written of [client.name, client.company ?? '']) {
    const trimmed = written.trim();
    if (trimmed === '') continue;
    variants.add(trimmed);
    for (const shorter of [trimmed.replace(LEGAL_FORM, ''), trimmed.replace(TRAILING_STOPS, '')]) {
      if (shorter.trim().length >= 3) variants.add(shorter.trim());
    }
  }
  // Longest first, so "Helix Biotech GmbH" is replaced whole before "Helix Biotech" could leave "GmbH" behind.
  return [...variants].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Redactor = (text: string) => string;

/**
 * A function that withholds (returns '') a text giving a confidential client away: its name, company, email, address
 * or tax id, by the same test as the Public view's. Texts joined from parts already redacted pass through it alone,
 * since replacing names in them a second time would repeat an alias that holds a short form of the name.
 */
export function createRevealGuard(clients: readonly ClientIdentity[]): Redactor {
  const reveals = secretRevealTest(clients.flatMap(confidentialSecrets));
  return (text) => (reveals(text) ? '' : text);
}

/**
 * A function that replaces every confidential client's real name, in any text, with that client's public alias, then
 * withholds the text if it still gives a confidential client away (see createRevealGuard): an email, address or tax
 * id in it, or a name the replacement could not take out. Evidence built from summaries and reviews passes through
 * it, so a name typed into a portfolio summary cannot reach a cover letter.
 */
export function createRedactor(clients: readonly ClientIdentity[]): Redactor {
  const confidential = clients.filter((client) => client.confidential);
  const guard = createRevealGuard(confidential);
  const replacements = confidential
    .flatMap((client) => nameVariants(client).map((variant) => ({ variant, alias: evidenceClientName(client) })))
    .sort((a, b) => b.variant.length - a.variant.length || a.variant.localeCompare(b.variant));
  if (replacements.length === 0) return (text) => text;
  const pattern = new RegExp(replacements.map(({ variant }) => escapeRegExp(variant)).join('|'), 'giu');
  const aliasOf = new Map(replacements.map(({ variant, alias }) => [variant.toLocaleLowerCase(), alias]));
  return (text) => guard(text.replace(pattern, (match) => aliasOf.get(match.toLocaleLowerCase()) ?? ''));
}
