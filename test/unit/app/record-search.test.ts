import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/app/commands';
import { indexRecords, paletteMatches, recordCommands } from '../../../src/app/record-search';
import type { FindableRecords } from '../../../src/shared/use-findable-records';

const RECORDS: FindableRecords = {
  clients: [
    { id: 'c1', name: 'Bramble & Finch Ltd', company: 'Bramble Holdings' },
    { id: 'c2', name: 'Élodie Café' },
  ],
  projects: [
    { id: 'p1', name: 'Website relaunch', clientId: 'c1' },
    { id: 'p2', name: 'Editorial CMS maintenance', clientId: 'c2' },
  ],
  proposals: [
    { id: 'r1', title: 'Shop redesign', clientId: 'c2' },
    { id: 'r2', title: 'Data pipeline audit', prospectName: 'Northwind' },
  ],
  invoices: [
    { id: 'i1', number: '2026-0003', kind: 'invoice', clientId: 'c1' },
    { id: 'i2', number: '2026-0013', kind: 'creditNote', clientId: 'c2' },
    { id: 'i3', kind: 'invoice', clientId: 'c2' },
  ],
};

function opened() {
  const paths: string[] = [];
  const records = recordCommands(RECORDS, (path) => paths.push(path));
  return { paths, records, index: indexRecords(records) };
}

const COMMANDS: Command[] = [
  { id: 'go-to-clients', title: 'Go to Clients', section: 'Navigation', keywords: ['customers'], run: () => undefined },
  { id: 'go-to-invoices', title: 'Go to Invoices', section: 'Navigation', keywords: ['billing'], run: () => undefined },
];

const titles = (items: readonly Command[]) => items.map((item) => item.title);

describe('recordCommands', () => {
  it('names invoices by number, credit notes as such, and drafts by their client', () => {
    const { records } = opened();
    expect(titles(records.filter((record) => record.section === 'Invoice'))).toEqual(['Invoice 2026-0003', 'Credit note 2026-0013', 'Draft invoice for Élodie Café']);
  });

  it('opens each record at its own page', async () => {
    const { paths, records } = opened();
    for (const record of records) await record.run();
    expect(paths).toEqual(['/clients/c1', '/clients/c2', '/projects/p1', '/projects/p2', '/proposals/r1', '/proposals/r2', '/invoices/i1', '/invoices/i2', '/invoices/i3']);
  });
});

describe('paletteMatches', () => {
  it('lists only the commands while nothing is typed', () => {
    expect(titles(paletteMatches(COMMANDS, opened().index, '  '))).toEqual(['Go to Clients', 'Go to Invoices']);
  });

  it('finds an invoice by its number, or by part of it', () => {
    const { index } = opened();
    expect(titles(paletteMatches(COMMANDS, index, '2026-0003'))).toEqual(['Invoice 2026-0003']);
    expect(titles(paletteMatches(COMMANDS, index, '0013'))).toEqual(['Credit note 2026-0013']);
  });

  it('finds a client’s projects, proposals and invoices by the client’s name, accents aside, the client itself first', () => {
    const found = titles(paletteMatches(COMMANDS, opened().index, 'elodie'));
    expect(found[0]).toBe('Élodie Café');
    expect(found).toEqual(expect.arrayContaining(['Editorial CMS maintenance', 'Shop redesign', 'Credit note 2026-0013', 'Draft invoice for Élodie Café']));
    expect(found).not.toContain('Website relaunch');
  });

  it('finds a proposal by its title and by its prospect', () => {
    const { index } = opened();
    expect(titles(paletteMatches(COMMANDS, index, 'pipeline'))).toEqual(['Data pipeline audit']);
    expect(titles(paletteMatches(COMMANDS, index, 'northwind'))).toEqual(['Data pipeline audit']);
  });

  it('puts a command before a record that matches as well', () => {
    const clients = paletteMatches(COMMANDS, opened().index, 'go to');
    expect(titles(clients)).toEqual(['Go to Clients', 'Go to Invoices']);
    const withRecord = titles(paletteMatches(COMMANDS, indexRecords(recordCommands({ ...RECORDS, clients: [{ id: 'c9', name: 'Go to Market Ltd' }] }, () => undefined)), 'go to'));
    expect(withRecord).toEqual(['Go to Clients', 'Go to Invoices', 'Go to Market Ltd']);
  });

  it('leaves out records matched only by scattered letters, and stops at the limit', () => {
    const { index } = opened();
    expect(titles(paletteMatches(COMMANDS, index, 'wbrl'))).toEqual([]);
    const many: FindableRecords = { clients: [], projects: [], proposals: [], invoices: Array.from({ length: 5000 }, (_, n) => ({ id: `i${n}`, number: `2026-${String(n).padStart(4, '0')}`, kind: 'invoice' as const, clientId: 'c1' })) };
    const manyIndex = indexRecords(recordCommands(many, () => undefined));
    expect(paletteMatches(COMMANDS, manyIndex, '2026', 8)).toHaveLength(8);
    expect(titles(paletteMatches(COMMANDS, manyIndex, '2026-4321', 8))).toEqual(['Invoice 2026-4321']);
  });
});
