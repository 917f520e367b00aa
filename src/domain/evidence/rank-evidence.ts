import MiniSearch from 'minisearch';
import type { EvidenceItem, EvidenceSearchFields, ProjectEvidence, SkillEvidence, TestimonialEvidence } from './evidence-items';
import { distinctTerms, normaliseTerm, termsWithWords, tokenize } from './evidence-terms';

/**
 * Fixed field weights: a term in a project's name or skills says more about fit than the same term somewhere in a
 * portfolio summary or a review. Fixed, so the same post over the same history ranks the same way every time.
 */
export const EVIDENCE_FIELD_BOOSTS: Readonly<Record<keyof EvidenceSearchFields, number>> = {
  name: 3,
  skills: 2.5,
  portfolio: 1.5,
  comment: 1.25,
};

const FIELDS = Object.keys(EVIDENCE_FIELD_BOOSTS);

export interface RankedEvidence<Item extends EvidenceItem = EvidenceItem> {
  item: Item;
  /** BM25 relevance summed over the post's terms and the fields they occur in, each field weighted by its boost. */
  score: number;
  /** The words of the post the item shares (as the post writes them), alphabetically: what made it relevant. */
  matchedTerms: string[];
}

export interface EvidenceRanking {
  projects: RankedEvidence<ProjectEvidence>[];
  testimonials: RankedEvidence<TestimonialEvidence>[];
  skills: RankedEvidence<SkillEvidence>[];
}

export interface EvidenceLimits {
  projects: number;
  testimonials: number;
  skills: number;
}

export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = { projects: 5, testimonials: 3, skills: 8 };

interface IndexedDocument extends EvidenceSearchFields {
  id: string;
}

/** Highest score first; equal scores in id order, so ties never depend on insertion order. */
function byRelevance(a: RankedEvidence, b: RankedEvidence): number {
  return b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/** A skill counts only when the post names all of it: "Web performance" needs both words, not just "web". */
function postNamesSkill(skill: SkillEvidence, postTerms: ReadonlySet<string>): boolean {
  const skillTerms = distinctTerms(skill.title);
  return skillTerms.length > 0 && skillTerms.every((term) => postTerms.has(term));
}

/** An index over one history of evidence, built once and asked about any number of job posts. */
export class EvidenceIndex {
  readonly #items: ReadonlyMap<string, EvidenceItem>;
  readonly #search: MiniSearch<IndexedDocument>;

  constructor(items: readonly EvidenceItem[]) {
    this.#items = new Map(items.map((item) => [item.id, item]));
    this.#search = new MiniSearch<IndexedDocument>({
      fields: FIELDS,
      idField: 'id',
      tokenize,
      processTerm: (term) => normaliseTerm(term) ?? null,
    });
    this.#search.addAll([...this.#items.values()].map((item) => ({ id: item.id, ...item.search })));
  }

  /** The best matches for a job post, per kind; an empty or meaningless post matches nothing. */
  rank(jobPost: string, limits: EvidenceLimits = DEFAULT_EVIDENCE_LIMITS): EvidenceRanking {
    const words = termsWithWords(jobPost);
    const postTerms = [...words.keys()];
    const ranking: EvidenceRanking = { projects: [], testimonials: [], skills: [] };
    if (postTerms.length === 0) return ranking;
    const termSet = new Set(postTerms);
    // The terms are already normalised and distinct: split them on spaces and take them as they are.
    const results = this.#search.search(postTerms.join(' '), {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      boost: { ...EVIDENCE_FIELD_BOOSTS },
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
    });
    const ranked: RankedEvidence[] = results.flatMap((result) => {
      const item = this.#items.get(String(result.id));
      const matchedTerms = result.queryTerms.map((term) => words.get(term) ?? term).sort();
      return item === undefined ? [] : [{ item, score: result.score, matchedTerms }];
    });
    ranked.sort(byRelevance);
    for (const entry of ranked) {
      const { item } = entry;
      if (item.kind === 'project' && ranking.projects.length < limits.projects) ranking.projects.push({ ...entry, item });
      else if (item.kind === 'testimonial' && ranking.testimonials.length < limits.testimonials) ranking.testimonials.push({ ...entry, item });
      else if (item.kind === 'skill' && ranking.skills.length < limits.skills && postNamesSkill(item, termSet)) ranking.skills.push({ ...entry, item });
    }
    return ranking;
  }
}

