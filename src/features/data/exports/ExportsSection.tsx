import { useDisplayLocale } from '../../../shared/settings-context';
import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { Button } from '../../../ui/Button';
import { useRecordCounts } from '../use-record-counts';
import type { DataExportKind } from './data-export-files';
import { useDataExports } from './use-data-exports';
import styles from './ExportsSection.module.css';
import dataStyles from '../data.module.css';

interface ExportChoice {
  kind: DataExportKind;
  /** The kind as useRecordCounts names it, for the count beside the button. */
  countKind: string;
  title: string;
  description: string;
  buttonLabel: string;
}

const EXPORTS: readonly ExportChoice[] = [
  {
    kind: 'timeEntries',
    countKind: 'Time entries',
    title: 'Time entries',
    description: 'Date, start, end and duration on the wall clock where each was tracked, with client, project, tags and whether it is billed.',
    buttonLabel: 'Export time entries CSV',
  },
  {
    kind: 'clients',
    countKind: 'Clients',
    title: 'Clients',
    description: 'Names, contacts, addresses, currencies, rates and terms, archived clients included.',
    buttonLabel: 'Export clients CSV',
  },
  {
    kind: 'invoices',
    countKind: 'Invoices',
    title: 'Invoices',
    description: 'Number, status, dates and totals of every invoice and credit note, with what is paid and outstanding.',
    buttonLabel: 'Export invoices CSV',
  },
  {
    kind: 'payments',
    countKind: 'Payments',
    title: 'Payments',
    description: 'Every payment with its fee, net amount and the exchange rate recorded with it.',
    buttonLabel: 'Export payments CSV',
  },
];

/** Exports: each kind of record as a CSV file that spreadsheets open safely, for an accountant or another tool. */
export function ExportsSection() {
  const timeZone = useDisplayTimeZone();
  const locale = useDisplayLocale();
  const counts = useRecordCounts();
  const { exportKind, working } = useDataExports(timeZone);
  const number = new Intl.NumberFormat(locale);

  return (
    <section className="card" aria-labelledby="exports-title">
      <div className="card-header">
        <div>
          <h2 id="exports-title">Export to CSV</h2>
          <p>UTF-8 files that Excel, Numbers and LibreOffice open with accents intact; text that looks like a formula is never run.</p>
        </div>
      </div>
      <ul className={styles.exportList}>
        {EXPORTS.map((choice) => {
          const count = counts?.find((row) => row.kind === choice.countKind)?.active;
          return (
            <li key={choice.kind} className={styles.exportRow}>
              <div className={styles.exportRowText}>
                <h3 className={dataStyles.subtitle}>
                  {choice.title}
                  {count !== undefined && <span className={`tabular ${styles.exportCount}`}>{number.format(count)}</span>}
                </h3>
                <p className="muted small">{choice.description}</p>
              </div>
              <Button onClick={() => void exportKind(choice.kind)} disabled={working !== undefined}>
                {working === choice.kind ? 'Exporting…' : choice.buttonLabel}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
