import { createRevealGuard } from './confidential-names';
import { buildEvidenceItems, type EvidenceItem, type EvidenceSources } from './evidence-items';
import { evidenceText } from './evidence-text';

/**
 * The evidence a proposal may offer: every item whose inserted text, in the locale it will be written in, passes the
 * reveal guard as a whole. Each part was checked on its own, but joining parts with words and stops can spell what
 * no part held (a tax id "DE12." from "DE12" and the sentence's full stop), so such an item is not offered at all.
 */
export function insertableEvidence(sources: EvidenceSources, locale: string): EvidenceItem[] {
  const guard = createRevealGuard(sources.clients);
  return buildEvidenceItems(sources).filter((item) => guard(evidenceText(item, locale)) !== '');
}
