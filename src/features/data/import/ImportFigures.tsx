import type { ReactNode } from 'react';
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
  locale: string;
}

/** What a kind of file brings in: the name and count of its new records, and the figures that check it. */
interface FileKind {
  newLabel: string;
  newCount: (preview: ImportPreview) => number;
  Figures: (props: FiguresProps) => ReactNode;
}

const FEEDBACK_FILE: FileKind = { newLabel: 'New feedback', newCount: (preview) => preview.newFeedback, Figures: FeedbackFigures };
const PAYMENTS_FILE: FileKind = { newLabel: 'New payments', newCount: (preview) => preview.newPayments, Figures: PaymentFigures };
const TIME_FILE: FileKind = { newLabel: 'New time entries', newCount: (preview) => preview.newTimeEntries, Figures: TimeFigures };

function fileKindOf(parsed: ParsedImport): FileKind {
  if (parsed.format === 'repute-feedback') return FEEDBACK_FILE;
  return parsed.payments.length > 0 && parsed.timeEntries.length === 0 ? PAYMENTS_FILE : TIME_FILE;
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

/** A feedback file's figures: the reviews' average and how many may be quoted. */
function FeedbackFigures({ parsed, locale }: FiguresProps) {
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
        label="Average rating"
        value={average === undefined ? <span className="muted">None</span> : `${formatRating(average, locale)} out of 5`}
        hint={average === undefined ? 'No rating can be read' : `From ${formatRating(lowest, locale)} to ${formatRating(highest, locale)}`}
      />
      <StatCard label="Quotable" value={`${number.format(quotable)} of ${number.format(parsed.feedback.length)}`} hint="The client allowed quoting them" />
    </>
  );
}

/** A payments file's figures: the transactions read and the net amount they moved. */
function PaymentFigures({ parsed, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <StatCard label="Transactions" value={number.format(parsed.payments.length)} hint="Earnings, fees, refunds and withdrawals" />
      <StatCard label="Net amount" value={<AmountsValue parsed={parsed} />} hint="Amounts less fees, as the statement moved them" />
    </>
  );
}

/** A time file's figures: the time its entries hold and the amounts the export priced them at. */
function TimeFigures({ parsed, locale }: FiguresProps) {
  const number = new Intl.NumberFormat(locale);
  return (
    <>
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
export function ImportFigures({ parsed, preview, locale }: FiguresProps & { preview: ImportPreview }) {
  const number = new Intl.NumberFormat(locale);
  const problemLines = new Set(parsed.problems.map((problem) => problem.line)).size;
  const { newLabel, newCount, Figures } = fileKindOf(parsed);

  return (
    <div className={`grid-cards ${styles.importFigures}`}>
      <StatCard
        label="Rows in the file"
        value={number.format(parsed.rowCount)}
        hint={problemLines === 0 ? 'Every row can be read' : `${countOf(problemLines, 'row', 'rows')} with problems`}
      />
      <StatCard
        label={newLabel}
        value={number.format(newCount(preview))}
        hint={preview.alreadyImported === 0 ? 'None of them is in Repute yet' : `${number.format(preview.alreadyImported)} already in Repute`}
      />
      <Figures parsed={parsed} locale={locale} />
    </div>
  );
}
