import type { ImportPreview, ParsedImport } from '../../../domain/importers/import-types';
import { averageRatingTenths, formatRating } from '../../../domain/reputation/rating';
import { formatDuration } from '../../../domain/time';
import { countOf } from '../../../shared/count-text';
import { Duration } from '../../../ui/Duration';
import { Money } from '../../../ui/Money';
import { StatCard } from '../../../ui/StatCard';
import styles from './import.module.css';

interface FiguresProps {
  parsed: ParsedImport;
  preview: ImportPreview;
  locale: string;
}

function AmountsValue({ parsed }: { parsed: ParsedImport }) {
  const amounts = Object.entries(parsed.totals.amountsByCurrency).sort(([a], [b]) => a.localeCompare(b));
  if (amounts.length === 0) return <span className="muted">None</span>;
  return amounts.map(([currency, amountMinor]) => (
    <div key={currency}>
      <Money amountMinor={amountMinor} currency={currency} />
    </div>
  ));
}

/** A feedback file's figures: how many reviews are new, their average and how many may be quoted. */
function FeedbackFigures({ parsed, preview, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  const average = averageRatingTenths(parsed.feedback);
  // A loop, not Math.min(...), which overflows the call stack on a file of a hundred thousand rows.
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const { ratingTenths } of parsed.feedback) {
    lowest = Math.min(lowest, ratingTenths);
    highest = Math.max(highest, ratingTenths);
  }
  const quotable = parsed.feedback.filter((item) => item.canQuote).length;
  return (
    <>
      <StatCard
        label="New feedback"
        value={number.format(preview.newFeedback)}
        hint={preview.alreadyImported === 0 ? 'None of it is in Repute yet' : `${number.format(preview.alreadyImported)} already in Repute`}
      />
      <StatCard
        label="Average rating"
        value={average === undefined ? <span className="muted">None</span> : `${formatRating(average, locale)} out of 5`}
        hint={average === undefined ? 'No rating can be read' : `From ${formatRating(lowest, locale)} to ${formatRating(highest, locale)}`}
      />
      <StatCard label="Quotable" value={`${number.format(quotable)} of ${number.format(parsed.feedback.length)}`} hint="The client allowed quoting them" />
    </>
  );
}

/** A payments file's figures: new payments, the transactions read and the net amount they moved. */
function PaymentFigures({ parsed, preview, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <StatCard
        label="New payments"
        value={number.format(preview.newPayments)}
        hint={preview.alreadyImported === 0 ? 'None of them is in Repute yet' : `${number.format(preview.alreadyImported)} already in Repute`}
      />
      <StatCard label="Transactions" value={number.format(parsed.payments.length)} hint="Earnings, fees, refunds and withdrawals" />
      <StatCard label="Net amount" value={<AmountsValue parsed={parsed} />} hint="Amounts less fees, as the statement moved them" />
    </>
  );
}

/** A time file's figures: new entries, the time they hold and the amounts the export priced them at. */
function TimeFigures({ parsed, preview, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <StatCard
        label="New time entries"
        value={number.format(preview.newTimeEntries)}
        hint={preview.alreadyImported === 0 ? 'None of them is in Repute yet' : `${number.format(preview.alreadyImported)} already in Repute`}
      />
      <StatCard
        label="Tracked"
        value={<Duration ms={parsed.totals.trackedMs} />}
        hint={`${formatDuration(parsed.totals.trackedMs, 'decimal')} h in ${countOf(parsed.timeEntries.length, 'entry', 'entries')}, ${number.format(parsed.totals.billableRows)} billable`}
      />
      <StatCard label="Billable amount" value={<AmountsValue parsed={parsed} />} hint="As the export priced the billable rows" />
    </>
  );
}

/** The preview's headline figures: what the file holds, what is new, and the totals to check against the source. */
export function ImportFigures({ parsed, preview, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  const problemLines = new Set(parsed.problems.map((problem) => problem.line)).size;
  const KindFigures = parsed.format === 'repute-feedback' ? FeedbackFigures : parsed.payments.length > 0 && parsed.timeEntries.length === 0 ? PaymentFigures : TimeFigures;

  return (
    <div className={`grid-cards ${styles.importFigures}`}>
      <StatCard
        label="Rows in the file"
        value={number.format(parsed.rowCount)}
        hint={problemLines === 0 ? 'Every row can be read' : `${countOf(problemLines, 'row', 'rows')} with problems`}
      />
      <KindFigures parsed={parsed} preview={preview} locale={locale} />
    </div>
  );
}
