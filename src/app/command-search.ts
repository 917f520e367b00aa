/** What the search looks at; commands, and anything shaped like them, can be searched. */
export interface SearchableCommand {
  title: string;
  section: string;
  keywords: readonly string[];
}

/** Lower case, without accents or repeated spaces: how both the query and what it is matched against are compared. */
export function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalise(text).split(/[\s\-/]+/).filter((word) => word !== '');
}

/** Letters of the query appear in order in the text ("gtcl" in "go to clients"); fewer gaps score higher. */
function subsequenceScore(text: string, query: string): number | null {
  let position = 0;
  let gaps = 0;
  for (const character of query) {
    if (character === ' ') continue;
    const found = text.indexOf(character, position);
    if (found === -1) return null;
    if (found > position) gaps += 1;
    position = found + 1;
  }
  return Math.max(1, 20 - gaps);
}

/**
 * How well a command matches what was typed, or null when it does not match at all. Higher is better:
 * the title starting with the query beats a word in it starting with the query, which beats the query
 * appearing anywhere, which beats every typed word starting some word of the title or keywords,
 * which beats the letters merely appearing in order.
 */
export function scoreCommand(command: SearchableCommand, rawQuery: string): number | null {
  const query = normalise(rawQuery);
  if (query === '') return 0;
  const title = normalise(command.title);
  if (title.startsWith(query)) return 100;
  const titleWords = words(command.title);
  if (titleWords.some((word) => word.startsWith(query))) return 80;
  if (title.includes(query)) return 60;
  const searchableWords = [...titleWords, ...command.keywords.flatMap(words), ...words(command.section)];
  const queryWords = query.split(' ');
  if (queryWords.every((queryWord) => searchableWords.some((word) => word.startsWith(queryWord)))) return 40;
  return subsequenceScore(title, query);
}
