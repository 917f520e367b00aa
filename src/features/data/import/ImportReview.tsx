import { useDisplayLocale } from '../../../shared/settings-context';
import type { ImportOptions } from '../../../domain/importers/import-types';
import { countOf } from '../../../shared/count-text';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ImportFeedbackTable } from './ImportFeedbackTable';
import { ImportFigures } from './ImportFigures';
import type { ImportFlowState } from './import-flow-state';
import type { ExistingRecords, ImportMapping } from './import-mapping';
import { ImportMappingTables } from './ImportMappingTables';
import { ImportOptionsFields } from './ImportOptionsFields';
import { ImportProblemsTable } from './ImportProblemsTable';
import { NOTHING_NEW_MESSAGE, importButtonLabel } from './import-summary-text';
import styles from './import.module.css';

interface ImportReviewProps {
  state: Extract<ImportFlowState, { step: 'review' }>;
  existing: ExistingRecords;
  onOptionsChange: (options: ImportOptions) => void;
  onMappingChange: (mapping: ImportMapping) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/** The preview of a parsed file: how to read it, where its records go, what is wrong with it, and the go-ahead. */
export function ImportReview({ state, existing, onOptionsChange, onMappingChange, onCommit, onCancel }: ImportReviewProps) {
  const locale = useDisplayLocale();
  const { parsed, preview, options, mapping, rechecking, file } = state;
  const newRows = preview.newTimeEntries + preview.newPayments + preview.newFeedback;
  const holdsFeedback = parsed.format === 'repute-feedback';
  const dateOrderMissing = parsed.decision?.kind === 'dateOrder' && options.dateOrder === undefined;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card" aria-labelledby="import-preview-title" aria-busy={rechecking}>
      <div className="card-header">
        <div className="stack-sm">
          <h2 id="import-preview-title">Preview</h2>
          <p className={styles.importFileLine}>
            <span className={styles.importFileName}>{file.name}</span>
            <Badge tone="accent">{parsed.formatLabel}</Badge>
            <span className="muted">{countOf(parsed.rowCount, 'row', 'rows')}</span>
          </p>
        </div>
        <Button variant="ghost" onClick={onCancel}>
          Choose another file
        </Button>
      </div>
      <div className="card-body stack-lg">
        <ImportOptionsFields
          options={options}
          dateOrderExamples={parsed.decision?.examples}
          asksTimeZone={!holdsFeedback}
          disabled={rechecking}
          onChange={onOptionsChange}
        />
        {preview.fileSeenBefore !== undefined && (
          <p className={styles.importNotice} role="note">
            This file was imported before, on {dateFormat.format(preview.fileSeenBefore.at)} as “{preview.fileSeenBefore.fileName}”. Rows already in
            Repute are recognised and not added twice.
          </p>
        )}
        {newRows === 0 && (
          <p className={`${styles.importNotice} ${styles.importNoticeStrong}`} role="status">
            {NOTHING_NEW_MESSAGE}.
          </p>
        )}
        <ImportFigures parsed={parsed} preview={preview} locale={locale} />
        {holdsFeedback && <ImportFeedbackTable feedback={parsed.feedback} storedKeys={preview.storedKeys} />}
        <ImportMappingTables preview={preview} mapping={mapping} existing={existing} disabled={rechecking} onChange={onMappingChange} />
        {parsed.problems.length > 0 && <ImportProblemsTable problems={parsed.problems} />}
      </div>
      <div className={styles.importActions}>
        <p className="muted small">
          {dateOrderMissing
            ? 'Choose how dates are written before importing.'
            : newRows === 0
              ? 'Importing this file again would add nothing.'
              : 'Everything is written in one step: all of it, or nothing if anything fails.'}
        </p>
        <div className="cluster">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onCommit} disabled={rechecking || dateOrderMissing || newRows === 0}>
            {importButtonLabel(preview)}
          </Button>
        </div>
      </div>
    </section>
  );
}
