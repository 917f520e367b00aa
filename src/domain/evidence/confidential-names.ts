import { publicClientName } from '../clients/client-display';
import type { Client } from '../model';

type ClientIdentity = Pick<Client, 'name' | 'company' | 'confidential' | 'publicAlias'>;

/** Legal forms people drop when they write a company's name: "Helix Biotech GmbH" is "Helix Biotech" in a summary. */
const LEGAL_FORM = /[\s,]+(gmbh|ag|kg|ug|se|ltd\.?|limited|llc|inc\.?|corp\.?|co\.?|plc|s\.?l\.?|s\.?a\.?|b\.?v\.?|oy|ab|as|srl|sarl|pty)$/i;

/** Every way a confidential client's real name may be written: name and company, with and without legal form. */
function nameVariants(client: ClientIdentity): string[] {
  const variants = new Set<string>();
  for (const written of [client.name, client.company ?? '']) {
    const trimmed = written.trim();
    if (trimmed === '') continue;
    variants.add(trimmed);
    const withoutForm = trimmed.replace(LEGAL_FORM, '').trim();
    if (withoutForm.length >= 3) variants.add(withoutForm);
  }
  // Longest first, so "Helix Biotech GmbH" is replaced whole before "Helix Biotech" could leave "GmbH" behind.
  return [...variants].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Redactor = (text: string) => string;

/**
 * A function that replaces every confidential client's real name, in any text, with that client's public alias.
 * Evidence built from notes, summaries and reviews passes through it, so a name typed into a project summary cannot
 * reach a cover letter.
 */
export function createRedactor(clients: readonly ClientIdentity[]): Redactor {
  const replacements = clients
    .filter((client) => client.confidential)
    .flatMap((client) => nameVariants(client).map((variant) => ({ variant, alias: publicClientName(client) })))
    .sort((a, b) => b.variant.length - a.variant.length || a.variant.localeCompare(b.variant));
  if (replacements.length === 0) return (text) => text;
  const pattern = new RegExp(replacements.map(({ variant }) => escapeRegExp(variant)).join('|'), 'giu');
  const aliasOf = new Map(replacements.map(({ variant, alias }) => [variant.toLocaleLowerCase(), alias]));
  return (text) => text.replace(pattern, (match) => aliasOf.get(match.toLocaleLowerCase()) ?? '');
}
