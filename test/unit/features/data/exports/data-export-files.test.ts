import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../../src/db/repositories/clients';
import { createPayment } from '../../../../../src/db/repositories/payments';
import { createProject } from '../../../../../src/db/repositories/projects';
import { createTimeEntry } from '../../../../../src/db/repositories/time-entries';
import { buildDataExport } from '../../../../../src/features/data/exports/data-export-files';
import { HOUR_MS, MONDAY_9_BERLIN, clientInput, expectOk, freshDb, paymentInput, projectInput, timeEntryInput } from '../../../db/test-db';

const BOM = '\uFEFF';

function lines(content: string): string[] {
  return content.replace(BOM, '').trimEnd().split('\r\n');
}

describe('the Data screen’s CSV exports', () => {
  it('writes every time entry oldest first, with its client and project by name, named for the day', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: 'Northwind Analytics' })));
    const project = expectOk(await createProject(db, projectInput(client.id, { name: 'Dashboard rebuild' })));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { start: MONDAY_9_BERLIN + 24 * HOUR_MS, end: MONDAY_9_BERLIN + 25 * HOUR_MS, description: 'Second' })));
    expectOk(await createTimeEntry(db, timeEntryInput(project.id, { description: '=SUM(A1)' })));

    const file = await buildDataExport(db, 'timeEntries', '2026-03-10');
    expect(file.suggestedName).toBe('Time entries 2026-03-10.csv');
    expect(file.summary).toBe('2 time entries');
    expect(file.content.startsWith(BOM)).toBe(true);
    const [header, first, second] = lines(file.content);
    expect(header?.startsWith('Date,Start,End,Duration (h)')).toBe(true);
    expect(first).toContain('Northwind Analytics,Dashboard rebuild');
    expect(first).toContain("'=SUM(A1)");
    expect(second).toContain('Second');
  });

  it('writes clients and payments with one row each and names the files', async () => {
    const db = freshDb();
    const client = expectOk(await createClient(db, clientInput({ name: 'Northwind Analytics' })));
    expectOk(await createPayment(db, paymentInput(client.id, { date: '2026-03-12' })));
    expectOk(await createPayment(db, paymentInput(client.id, { date: '2026-03-10' })));

    const clients = await buildDataExport(db, 'clients', '2026-03-20');
    expect(clients.suggestedName).toBe('Clients 2026-03-20.csv');
    expect(clients.summary).toBe('1 client');
    expect(lines(clients.content)).toHaveLength(2);

    const payments = await buildDataExport(db, 'payments', '2026-03-20');
    expect(payments.suggestedName).toBe('Payments 2026-03-20.csv');
    const [, older, newer] = lines(payments.content);
    expect(older?.startsWith('2026-03-10,Northwind Analytics')).toBe(true);
    expect(newer?.startsWith('2026-03-12,Northwind Analytics')).toBe(true);
  });

  it('writes an empty invoices file with its header when there are none', async () => {
    const file = await buildDataExport(freshDb(), 'invoices', '2026-03-20');
    expect(file.suggestedName).toBe('Invoices 2026-03-20.csv');
    expect(file.summary).toBe('0 invoices');
    expect(lines(file.content)).toHaveLength(1);
  });
});
