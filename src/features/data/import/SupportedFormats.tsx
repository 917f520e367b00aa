import { Button } from '../../../ui/Button';
import { useFeedbackTemplate } from './use-feedback-template';
import styles from './import.module.css';
import dataStyles from '../data.module.css';

const FORMATS = [
  { tool: 'Toggl Track', report: 'The Detailed report as CSV, or the time entries export' },
  { tool: 'Clockify', report: 'The Detailed report as CSV, in any date order or clock' },
  { tool: 'Harvest', report: 'The Detailed time report as CSV, each row in its currency' },
  { tool: 'Upwork', report: 'The transaction history as CSV: payments with their fees' },
] as const;

/** Which exports the importer reads, where each tool keeps that export, and the template for feedback. */
export function SupportedFormats() {
  const template = useFeedbackTemplate();
  return (
    <div className={styles.supportedFormats}>
      <h3 className={dataStyles.subtitle}>Files Repute reads</h3>
      <ul className={styles.supportedFormatsList}>
        {FORMATS.map((format) => (
          <li key={format.tool}>
            <span className={styles.supportedFormatsTool}>{format.tool}</span>
            <span className="muted small">{format.report}</span>
          </li>
        ))}
        <li className={styles.supportedFormatsTemplate}>
          <span className={styles.supportedFormatsTool}>Repute feedback CSV</span>
          <span className="muted small">
            Your clients’ ratings from 1 to 5 (such as 4.5 or 4.7), with date, client, project, comment and whether you may quote it
          </span>
          <Button size="sm" className={styles.templateButton} onClick={template.download} disabled={template.saving}>
            Download the feedback template
          </Button>
        </li>
      </ul>
    </div>
  );
}
