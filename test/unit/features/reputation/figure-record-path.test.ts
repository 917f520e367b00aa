import { describe, expect, it } from 'vitest';
import { figureRecordPath } from '../../../../src/features/reputation/overview/figure-record-path';

describe('figureRecordPath', () => {
  it('leads each kind of record to its own page', () => {
    expect(figureRecordPath({ kind: 'project', id: 'p 1' })).toBe('/projects/p%201');
    expect(figureRecordPath({ kind: 'feedback', id: 'f1' })).toBe('/reputation/feedback/f1/edit');
    expect(figureRecordPath({ kind: 'proposal', id: 'r1' })).toBe('/proposals/r1');
    expect(figureRecordPath({ kind: 'invoice', id: 'i1' })).toBe('/invoices/i1');
    expect(figureRecordPath({ kind: 'credential', id: 'k1' })).toBe('/reputation/credentials/k1/edit');
  });
});
