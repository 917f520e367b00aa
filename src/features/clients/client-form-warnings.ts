import { aliasWordsFromName, clientsNamedLike } from '../../domain/clients/client-names';
import type { Client } from '../../domain/model';
import type { ClientFormValues } from './client-form-values';

/** What the form points out without refusing the save. */
export interface ClientFormWarnings {
  name?: string;
  publicAlias?: string;
}

function quoted(words: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(words.map((word) => `“${word}”`));
}

/**
 * A name another live client already has (two clients can share one, so it is only pointed out), and an alias
 * that holds a word of the name or company it stands in for.
 */
export function clientFormWarnings(values: ClientFormValues, clients: readonly Client[], editedId: string | undefined): ClientFormWarnings {
  const warnings: ClientFormWarnings = {};
  const namesakes = clientsNamedLike(values.name, clients, editedId);
  const first = namesakes[0];
  if (first !== undefined) {
    const detail = first.company ?? first.email;
    const who = namesakes.length === 1 ? `Another client is already called “${first.name}”${detail === undefined ? '' : ` (${detail})`}.` : `${namesakes.length} other clients are already called “${first.name}”.`;
    warnings.name = `${who} Saving is fine: pickers tell them apart by company or email.`;
  }
  if (values.confidential) {
    const words = aliasWordsFromName(values.publicAlias, { name: values.name, company: values.company });
    if (words.length > 0) warnings.publicAlias = `Contains ${quoted(words)}, from the client’s name or company: others may recognise the client.`;
  }
  return warnings;
}
