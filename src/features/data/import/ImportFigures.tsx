import type { ImportPreview, ParsedImport } from '../../../domain/importers/import-types';
import { formatDuration } from '../../../domain/time';
import { countOf } from '../../../shared/count-text';
import { Duration } from '../../../ui/Duration';
import { Money } from '../../../ui/Money';
import { StatCard } from '../../../ui/StatCard';
import styles from './import.module.css';

/** The preview's headline figures: what the file holds, what is new, and the totals to check against the source. */
export function ImportFigures({ parsed, preview, locale }: { parsed: ParsedImport; preview: ImportPreview; locale: string }) {
  const number = new Intl.NumberFormat(locale);
  const holdsPayments = parsed.payments.length > 0 && parsed.timeEntries.length === 0;
  const amounts = Object.entries(parsed.totals.amountsByCurrency).sort(([a], [b]) => a.localeCompare(b));
  const problemLines = new Set(parsed.problems.map((problem) => problem.line)).size;

  return (
    <div className={`grid-cards ${styles.importFigures}`}>
      <StatCard
        label="Rows in the file"
        value={number.format(parsed.rowCount)}
        hint={problemLines === 0 ? 'Every row can be read' : `${countOf(problemLines, 'row', 'rows')} with problems`}
      />
      <StatCard
        label={holdsPayments ? 'New payments' : 'New time entries'}
        value={number.format(holdsPayments ? preview.newPayments : preview.newTimeEntries)}
        hint={preview.alreadyImported === 0 ? 'None of them is in Repute yet' : `${number.format(preview.alreadyImported)} already in Repute`}
      />
      {holdsPayments ? (
        <StatCard label="Transactions" value={number.format(parsed.payments.length)} hint="Earnings, fees, refunds and withdrawals" />
      ) : (
        <StatCard
          label="Tracked"
          value={<Duration ms={parsed.totals.trackedMs} />}
          hint={`${formatDuration(parsed.totals.trackedMs, 'decimal')} h in ${countOf(parsed.timeEntries.length, 'entry', 'entries')}, ${number.format(parsed.totals.billableRows)} billable`}
        />
      )}
      <StatCard
        label={holdsPayments ? 'Net amount' : 'Billable amount'}
        value={
          amounts.length === 0 ? (
            <span className="muted">None</span>
          ) : (
            amounts.map(([currency, amountMinor]) => (
              <div key={currency}>
                <Money amountMinor={amountMinor} currency={currency} />
              </div>
            ))
          )
        }
        hint={holdsPayments ? 'Amounts less fees, as the statement moved them' : 'As the export priced the billable rows'}
      />
    </div>
  );
}
