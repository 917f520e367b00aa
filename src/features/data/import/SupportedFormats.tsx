import styles from './import.module.css';
import dataStyles from '../data.module.css';

const FORMATS = [
  { tool: 'Toggl Track', report: 'The Detailed report as CSV, or the time entries export' },
  { tool: 'Clockify', report: 'The Detailed report as CSV, in any date order or clock' },
  { tool: 'Harvest', report: 'The Detailed time report as CSV, each row in its currency' },
  { tool: 'Upwork', report: 'The transaction history as CSV: payments with their fees' },
] as const;

/** Which exports the importer reads, and where each tool keeps that export. */
export function SupportedFormats() {
  return (
    <div className={styles.supportedFormats}>
      <h3 className={dataStyles.subtitle}>Exports Repute reads</h3>
      <ul className={styles.supportedFormatsList}>
        {FORMATS.map((format) => (
          <li key={format.tool}>
            <span className={styles.supportedFormatsTool}>{format.tool}</span>
            <span className="muted small">{format.report}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
