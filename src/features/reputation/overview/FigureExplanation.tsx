import { useState } from 'react';
import { Link } from 'react-router';
import type { FigureRecord, FigureRecordKind } from '../../../domain/reputation/figure';
import { countOf } from '../../../shared/count-text';
import { formatDay } from '../../../shared/date-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { Button } from '../../../ui/Button';
import { figureRecordPath } from './figure-record-path';
import { HowComputed } from './HowComputed';
import styles from './FigureExplanation.module.css';

/** Past this many records a list shows its start and a way to see the rest, so a year of feedback stays readable. */
const FIRST_RECORDS_SHOWN = 20;

const KIND_LABELS: Readonly<Record<FigureRecordKind, string>> = {
  project: 'Project',
  feedback: 'Feedback',
  proposal: 'Proposal',
  invoice: 'Invoice',
  credential: 'Credential',
};

/**
 * The records behind a figure, each a link to its page, with the day it counts on and what it adds. A list of
 * several kinds (a skill's projects, credentials and feedback) names each record's kind, since a project and the
 * feedback on it carry the same label.
 */
export function FigureRecordList({ records }: { records: readonly FigureRecord[] }) {
  const locale = useDisplayLocale();
  const [showAll, setShowAll] = useState(false);
  if (records.length === 0) return <p className="muted">No record stands behind it yet.</p>;
  const shown = showAll ? records : records.slice(0, FIRST_RECORDS_SHOWN);
  const mixed = new Set(records.map((record) => record.kind)).size > 1;
  return (
    <>
      <p className="muted">{countOf(records.length, 'record', 'records')} behind it:</p>
      <ul className={styles.records}>
        {shown.map((record) => (
          <li key={`${record.kind}:${record.id}`}>
            {mixed && <span className={styles.kind}>{KIND_LABELS[record.kind]}: </span>}
            <Link to={figureRecordPath(record)}>{record.label}</Link>
            {record.date !== undefined && <span className={styles.detail}> · {formatDay(record.date, locale)}</span>}
            {record.note !== undefined && <span className={styles.detail}> · {record.note}</span>}
          </li>
        ))}
      </ul>
      {shown.length < records.length && (
        <Button size="sm" variant="ghost" onClick={() => setShowAll(true)}>
          Show all {records.length} records
        </Button>
      )}
    </>
  );
}

export interface FigureExplanationProps {
  /** The figure explained, so each disclosure has a name of its own: "How is this computed? (Rehire rate)". */
  figureName: string;
  formula: string;
  records: readonly FigureRecord[];
}

/**
 * "How is this computed?": the formula in words and every record behind the figure. The list is built only once the
 * disclosure opens, since a figure can rest on a thousand reviews and the overview shows a dozen figures.
 */
export function FigureExplanation({ figureName, formula, records }: FigureExplanationProps) {
  const [open, setOpen] = useState(false);
  return (
    <HowComputed name={figureName} onToggle={setOpen}>
      <p className={styles.formula}>{formula}</p>
      {open && <FigureRecordList records={records} />}
    </HowComputed>
  );
}
