import { DataTable } from '../../ui/DataTable';
import type { RecordCount } from './use-record-counts';

/** Records per kind, with deleted ones counted apart: they are kept for undo until the data is erased. */
export function RecordCountsCard({ counts, locale }: { counts: readonly RecordCount[]; locale: string }) {
  const number = new Intl.NumberFormat(locale);
  return (
    <section className="stack-sm" aria-labelledby="record-counts-title">
      <h2 id="record-counts-title" className="section-title">
        Records
      </h2>
      <DataTable
        label="Record counts"
        rows={counts}
        rowKey={(row) => row.kind}
        columns={[
          { key: 'kind', header: 'Kind', cell: (row) => row.kind },
          { key: 'active', header: 'In use', align: 'end', width: '140px', cell: (row) => number.format(row.active) },
          { key: 'deleted', header: 'Deleted, kept for undo', align: 'end', width: '200px', cell: (row) => number.format(row.deleted) },
        ]}
      />
    </section>
  );
}
