import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from '../../../src/ui/DataTable';

interface Row {
  id: string;
  name: string;
  hours: number;
}

const columns: DataTableColumn<Row>[] = [
  { key: 'name', header: 'Name', cell: (row) => row.name },
  { key: 'hours', header: 'Hours', align: 'end', width: '120px', cell: (row) => row.hours.toFixed(1) },
];

describe('DataTable', () => {
  it('renders a named table with one row per record and figures aligned to the end', () => {
    const rows: Row[] = [
      { id: 'a', name: 'Northwind Analytics', hours: 12.5 },
      { id: 'b', name: 'Helix Biotech GmbH', hours: 3 },
    ];
    const markup = renderToStaticMarkup(<DataTable label="Clients" rows={rows} columns={columns} rowKey={(row) => row.id} />);
    expect(markup).toContain('<table class="data-table" aria-label="Clients">');
    expect(markup).toContain('<th scope="col">Name</th>');
    expect(markup).toContain('<th scope="col" class="align-end">Hours</th>');
    expect(markup.match(/<tr>/g)).toHaveLength(3);
    expect(markup).toContain('<td class="align-end">12.5</td>');
    expect(markup).toContain('<col style="width:120px"/>');
    expect(markup.indexOf('Northwind Analytics')).toBeLessThan(markup.indexOf('Helix Biotech GmbH'));
  });

  it('says so across all columns when there are no rows', () => {
    const markup = renderToStaticMarkup(<DataTable label="Clients" rows={[]} columns={columns} rowKey={(row) => row.id} emptyMessage="No clients yet." />);
    expect(markup).toContain('<td class="data-table-empty" colSpan="2">No clients yet.</td>');
  });
});
