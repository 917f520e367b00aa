/**
 * How job posts and past work are cut into terms for ranking. Both sides go through the same steps, so "Dashboards"
 * in a post meets "dashboard" in a project summary. Deliberately small and predictable: lower case, accents
 * folded, common English words dropped, and plurals reduced by a few suffix rules rather than a full stemmer.
 */

/** Words that say nothing about the work; they would otherwise match every document. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing done down during each either etc few for from further get got had has have having he her here ' +
    'hers him his how i if in into is it its itself just let like looking make may me might more most much must my need ' +
    'needs no nor not now of off on once one only or other our ours out over own per please same she should so some such ' +
    'than that the their them then there these they this those through to too under until up upon us use used using very ' +
    'via want wants was we well were what when where which while who whom why will with within without would yet you your ' +
    'yours someone somebody anyone experience experienced work working job project looking hire hiring help new'
  ).split(' '),
);

/** Splits on anything that is not a letter or a digit; "Node.js" gives "node" and "js". */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
}

function foldAccents(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** "companies" → "company", "fixes" → "fix", "dashboards" → "dashboard"; "analysis", "status" and "access" stay. */
function singular(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 4 && /(ch|sh|x|ss|z)es$/.test(term)) return term.slice(0, -2);
  if (term.length > 3 && term.endsWith('s') && !/(ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** The term a token is indexed and searched as, or undefined when it carries no meaning. */
export function normaliseTerm(token: string): string | undefined {
  const lower = foldAccents(token.toLowerCase());
  if (lower.length < 2 || STOP_WORDS.has(lower)) return undefined;
  return singular(lower);
}

/**
 * Each distinct term of a text, in order of first appearance, with the word as the text first wrote it (lower
 * case): what to show a person, who wrote "fixes" and would not recognise "fix".
 */
export function termsWithWords(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const token of tokenize(text)) {
    const term = normaliseTerm(token);
    if (term !== undefined && !terms.has(term)) terms.set(term, token.toLowerCase());
  }
  return terms;
}

/** The distinct terms of a text, in order of first appearance. */
export function distinctTerms(text: string): string[] {
  return [...termsWithWords(text).keys()];
}
