import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import type { ImportOutcome } from './import-flow-state';
import { importedSummaryText, skippedRowsText } from './import-summary-text';
import styles from './ImportSummaryCard.module.css';

function CheckIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M5 12.5 10 17.5 19 7" />
    </svg>
  );
}

/** What the import did, and where to go next. */
export function ImportSummaryCard({ outcome, onImportAnother }: { outcome: ImportOutcome; onImportAnother: () => void }) {
  const { added, skippedExisting, fileName } = outcome;
  const skipped = skippedRowsText(skippedExisting);
  const addedAny = added.timeEntries + added.payments + added.feedback + added.clients + added.projects > 0;
  return (
    <section className="card" aria-labelledby="import-summary-title">
      <div className={`card-body ${styles.importSummaryBody}`}>
        <div className={addedAny ? styles.importSummaryIcon : `${styles.importSummaryIcon} ${styles.importSummaryIconNeutral}`}>
          <CheckIcon />
        </div>
        <div className="stack-sm">
          <h2 id="import-summary-title">{addedAny ? 'Import finished' : 'Already up to date'}</h2>
          <p className={styles.importSummaryText}>{importedSummaryText(added)}</p>
          <p className="muted small">
            From “{fileName}”.{skipped === undefined ? '' : ` ${skipped}`} You can undo this import from the history below.
          </p>
          <div className="cluster">
            {added.timeEntries > 0 && (
              <Link className="button button-secondary" to="/time">
                Open Time
              </Link>
            )}
            {added.payments > 0 && (
              <Link className="button button-secondary" to="/payments">
                Open Payments
              </Link>
            )}
            {added.feedback > 0 && (
              <Link className="button button-secondary" to="/reputation/feedback">
                Open Feedback
              </Link>
            )}
            <Button variant="ghost" onClick={onImportAnother}>
              Import another file
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
