import type { ReactNode } from 'react';

export interface DataTableColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** 'end' for figures, so digits line up. */
  align?: 'start' | 'end';
  /** A CSS width for the column, e.g. '120px' or '20%'. */
  width?: string;
}

export interface DataTableProps<Row> {
  label: string;
  rows: readonly Row[];
  columns: ReadonlyArray<DataTableColumn<Row>>;
  rowKey: (row: Row) => string;
  emptyMessage?: string;
}

/** A real table: named for assistive technology, header stays in view while the body scrolls. */
export function DataTable<Row>({ label, rows, columns, rowKey, emptyMessage = 'Nothing to show yet.' }: DataTableProps<Row>) {
  return (
    <div className="data-table-wrap">
      <table className="data-table" aria-label={label}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={column.width === undefined ? undefined : { width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.align === 'end' ? 'align-end' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="data-table-empty" colSpan={columns.length}>
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.align === 'end' ? 'align-end' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
