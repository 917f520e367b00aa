import { describe, expect, it } from 'vitest';
import { CLIENT_CSV_COLUMNS, clientsCsv } from '../../../../src/domain/clients/clients-csv';
import type { Client } from '../../../../src/domain/model';

function client(overrides: Partial<Client> = {}): Client {
  return {
    id: 'c1',
    createdAt: 1,
    updatedAt: 1,
    name: 'Café Olé GmbH',
    email: 'jurgen@cafe-ole.example',
    currency: 'EUR',
    defaultRateMinor: 9500,
    paymentTermsDays: 14,
    platform: 'direct',
    confidential: false,
    tags: ['retail', 'web'],
    ...overrides,
  };
}

describe('clientsCsv', () => {
  it('writes a BOM, the stable header and one CRLF row per live client', () => {
    const csv = clientsCsv([client(), client({ id: 'gone', name: 'Deleted Ltd', deletedAt: 5 })]);
    expect(csv.startsWith('\uFEFFName,Company,Email,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CLIENT_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('Café Olé GmbH,,jurgen@cafe-ole.example,,,,EUR,95.00,14,direct,,No,,"retail, web",No,');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const csv = clientsCsv([client({ name: '=HYPERLINK("http://evil.example")', notes: '+1 555 0100', company: '@corp' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'+1 555 0100");
    expect(csv).toContain("'@corp");
  });

  it('writes yen rates without decimals and marks confidential and archived clients', () => {
    const csv = clientsCsv([client({ currency: 'JPY', defaultRateMinor: 12000, confidential: true, publicAlias: 'A Tokyo studio', archivedAt: 9 })]);
    expect(csv).toContain(',JPY,12000,');
    expect(csv).toContain(',Yes,A Tokyo studio,');
    expect(csv.split('\r\n')[1]?.split(',').at(-2)).toBe('Yes');
  });
});
