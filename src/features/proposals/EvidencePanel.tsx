import { useDeferredValue, useId, useMemo } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { EvidenceItem } from '../../domain/evidence/evidence-items';
import { formatEvidencePeriod, formatRating, formatTrackedHours } from '../../domain/evidence/evidence-text';
import type { RankedEvidence } from '../../domain/evidence/rank-evidence';
import { Badge } from '../../ui/Badge';
import { PlusIcon } from '../../ui/icons';
import { Button } from '../../ui/Button';
import { useEvidenceIndex } from './use-evidence-index';
import styles from './EvidencePanel.module.css';

interface EvidencePanelProps {
  jobText: string;
  onInsert: (item: EvidenceItem) => void;
}

function Facts({ item }: { item: EvidenceItem }) {
  const locale = useDisplayLocale();
  const facts = [
    formatEvidencePeriod(item, locale),
    item.trackedMs > 0 ? formatTrackedHours(item.trackedMs, locale) : '',
    item.kind === 'skill' ? `${item.projectCount} ${item.projectCount === 1 ? 'project' : 'projects'}` : '',
  ].filter((fact) => fact !== '');
  return (
    <p className={styles.evidenceFacts}>
      {facts.map((fact) => (
        <span key={fact}>{fact}</span>
      ))}
      {item.ratingTenths !== undefined && (
        <span className={styles.evidenceRating}>
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="m8 1.8 1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z" fill="currentColor" />
          </svg>
          <span className="visually-hidden">Rated </span>
          {formatRating(item.ratingTenths, locale)}
        </span>
      )}
    </p>
  );
}

function Client({ name, confidential }: { name: string; confidential: boolean }) {
  return (
    <span className={styles.evidenceClient}>
      {name}
      {confidential && <Badge tone="warning">Alias</Badge>}
    </span>
  );
}

function MatchedTerms({ terms }: { terms: readonly string[] }) {
  return (
    <p className={styles.evidenceTerms}>
      <span className="visually-hidden">Matches the post on: </span>
      {terms.slice(0, 6).map((term) => (
        <span key={term} className={styles.evidenceTerm}>
          {term}
        </span>
      ))}
    </p>
  );
}

function EvidenceEntry({ entry, onInsert }: { entry: RankedEvidence; onInsert: (item: EvidenceItem) => void }) {
  const { item } = entry;
  return (
    <li className={styles.evidenceItem}>
      <div className={styles.evidenceItemHead}>
        <h4 className={styles.evidenceItemTitle}>{item.kind === 'testimonial' ? item.projectName : item.title}</h4>
        <Button size="sm" variant="secondary" aria-label={`Insert ${item.title}`} onClick={() => onInsert(item)}>
          <PlusIcon />
          Insert
        </Button>
      </div>
      {item.kind === 'project' && (
        <>
          <p className={styles.evidenceByline}>
            <Client name={item.clientName} confidential={item.confidential} />
          </p>
          {item.summary !== '' && <p className={styles.evidenceSummary}>{item.summary}</p>}
        </>
      )}
      {item.kind === 'testimonial' && (
        <>
          <blockquote className={styles.evidenceQuote}>{item.quote}</blockquote>
          <p className={styles.evidenceByline}>
            — <Client name={item.clientName} confidential={item.confidential} />
          </p>
        </>
      )}
      <Facts item={item} />
      {item.kind !== 'skill' && <MatchedTerms terms={entry.matchedTerms} />}
    </li>
  );
}

function EvidenceGroup({ title, entries, onInsert }: { title: string; entries: readonly RankedEvidence[]; onInsert: (item: EvidenceItem) => void }) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className={styles.evidenceGroup} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.evidenceGroupTitle}>
        {title}
        <span className={styles.evidenceGroupCount}>{entries.length}</span>
      </h3>
      <ul className={title === 'Skills' ? `${styles.evidenceList} ${styles.evidenceListSkills}` : styles.evidenceList}>
        {entries.map((entry) => (
          <EvidenceEntry key={entry.item.id} entry={entry} onInsert={onInsert} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Ranks past projects, quotable testimonials and skills against the job post as it is typed or pasted, and inserts
 * the chosen one into the cover letter. Confidential clients show, and are inserted, only by their alias.
 */
export function EvidencePanel({ jobText, onInsert }: EvidencePanelProps) {
  const headingId = useId();
  const index = useEvidenceIndex();
  // Ranking waits for a pause in typing rather than holding up each keystroke.
  const deferredPost = useDeferredValue(jobText);
  const ranking = useMemo(() => index?.rank(deferredPost), [index, deferredPost]);
  const found = ranking === undefined ? 0 : ranking.projects.length + ranking.testimonials.length + ranking.skills.length;

  let body;
  if (jobText.trim() === '') {
    body = <p className={styles.evidenceHint}>Paste the job post above and your most relevant projects, testimonials and skills appear here, best match first.</p>;
  } else if (ranking === undefined) {
    body = <p className={styles.evidenceHint}>Reading your history…</p>;
  } else if (found === 0) {
    body = <p className={styles.evidenceHint}>Nothing in your history matches this post yet. Projects, their skills and portfolio summaries, and quotable feedback are searched.</p>;
  } else {
    body = (
      <>
        <EvidenceGroup title="Projects" entries={ranking.projects} onInsert={onInsert} />
        <EvidenceGroup title="Testimonials" entries={ranking.testimonials} onInsert={onInsert} />
        <EvidenceGroup title="Skills" entries={ranking.skills} onInsert={onInsert} />
      </>
    );
  }

  return (
    <section className={styles.evidencePanel} role="region" aria-labelledby={headingId}>
      <header className={styles.evidenceHeader}>
        <h2 id={headingId} className={styles.evidenceTitle}>
          Evidence
        </h2>
        <p className={styles.evidenceDescription}>Your past work that fits this job. “Insert” adds it to the cover letter at the cursor.</p>
      </header>
      {/* Only the count is spoken as results change; the list itself is there to browse. */}
      <p className="visually-hidden" aria-live="polite">
        {jobText.trim() === '' || ranking === undefined ? '' : `${found} ${found === 1 ? 'match' : 'matches'} for this job post`}
      </p>
      <div className={styles.evidenceBody} aria-busy={jobText !== deferredPost}>
        {body}
      </div>
    </section>
  );
}
