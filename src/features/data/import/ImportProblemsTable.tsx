import type { ImportProblem } from '../../../domain/importers/import-types';
import { countOf } from '../../../shared/count-text';
import { DataTable } from '../../../ui/DataTable';
import styles from '../data.module.css';

/** Enough to see what went wrong and fix it at the source; a file with thousands of bad rows has one cause. */
const PROBLEMS_SHOWN = 200;

/** The rows that will not be imported, by line, with the field at fault and why. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section className="stack-sm" aria-labelledby="import-problems-title">
      <h3 id="import-problems-title" className={styles.subtitle}>
        Problems <span className="muted">({problems.length})</span>
      </h3>
      <p className="muted small">
        {countOf(lines, 'line has', 'lines have')} a problem and {lines === 1 ? 'is' : 'are'} left out; every other row can be imported. Fix the
        file in the tool it came from and import it again to bring {lines === 1 ? 'it' : 'them'} in too.
      </p>
      <DataTable
        label="Problems"
        rows={shown}
        rowKey={(problem) => `${problem.line}:${problem.field ?? ''}:${problem.message}`}
        columns={[
          { key: 'line', header: 'Line', align: 'end', width: '80px', cell: (problem) => <span className="tabular">{problem.line}</span> },
          { key: 'field', header: 'Field', width: '22%', cell: (problem) => problem.field ?? <span className="muted">Whole row</span> },
          { key: 'message', header: 'Problem', cell: (problem) => problem.message },
        ]}
      />
      {problems.length > shown.length && <p className="muted small">The first {PROBLEMS_SHOWN} of {problems.length} problems are shown.</p>}
    </section>
  );
}
