import { normaliseTerm, tokenize } from '../evidence/evidence-terms';
import type { Client } from '../model';

/** A client as name checks need it; lists that carry no more than id and name still get told apart by number. */
export type NamedClient = Pick<Client, 'id' | 'name'> & Partial<Pick<Client, 'company' | 'email' | 'createdAt' | 'deletedAt'>>;

/** A name as people compare names: "Zoë  Design" and "zoe design" are the same client to a reader. */
function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The other live clients already called `name`, leaving out the one being edited. */
export function clientsNamedLike<C extends NamedClient>(name: string, clients: readonly C[], editedId: string | undefined): C[] {
  const key = nameKey(name);
  if (key === '') return [];
  return clients.filter((candidate) => candidate.deletedAt === undefined && candidate.id !== editedId && nameKey(candidate.name) === key);
}

/** A detail worth showing beside a name: present, not the name again, and no other client of the group shows it. */
function distinctDetail(member: NamedClient, group: readonly NamedClient[], detail: (client: NamedClient) => string | undefined): string | undefined {
  const value = detail(member)?.trim() ?? '';
  if (value === '' || nameKey(value) === nameKey(member.name)) return undefined;
  const shared = group.some((other) => other.id !== member.id && nameKey(detail(other) ?? '') === nameKey(value));
  return shared ? undefined : value;
}

/**
 * How pickers name each live client: by its name, and where two or more share it, by the name with its company, else
 * its email, else its place among them by age ("Acme (2 of 3)"), so two clients called the same are told apart.
 */
export function clientChoiceLabels(clients: readonly NamedClient[]): Map<string, string> {
  const groups = new Map<string, NamedClient[]>();
  for (const candidate of clients) {
    if (candidate.deletedAt !== undefined) continue;
    const key = nameKey(candidate.name);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const labels = new Map<string, string>();
  for (const group of groups.values()) {
    const byAge = [...group].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || a.id.localeCompare(b.id));
    for (const member of group) {
      const detail =
        group.length === 1
          ? undefined
          : (distinctDetail(member, group, (client) => client.company) ??
            distinctDetail(member, group, (client) => client.email) ??
            `${byAge.indexOf(member) + 1} of ${group.length}`);
      const name = member.name.trim();
      labels.set(member.id, detail === undefined ? name : `${name} (${detail})`);
    }
  }
  return labels;
}

/** Legal forms say nothing about who a client is; "GmbH" in an alias gives no one away. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'gmbh ag kg ug se ltd limited llc inc corp co plc sl sa bv oy ab as srl sarl pty'.split(' '),
);

/** The terms of a text that could identify someone, each with the word as the text wrote it. */
function identifyingWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of tokenize(text)) {
    const term = normaliseTerm(word);
    if (term === undefined || term.length < 3 || LEGAL_FORMS.has(term) || words.has(term)) continue;
    words.set(term, word);
  }
  return words;
}

/**
 * The words of a public alias, as typed, that also appear in the client's name or company: whole words, case and
 * accents aside, little words and legal forms left out. "A Helix partner" for Helix Biotech GmbH gives ["Helix"].
 */
export function aliasWordsFromName(alias: string, client: Pick<Client, 'name' | 'company'>): string[] {
  const named = identifyingWords(`${client.name} ${client.company ?? ''}`);
  return [...identifyingWords(alias)].filter(([term]) => named.has(term)).map(([, word]) => word);
}
