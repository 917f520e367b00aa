import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, isInvoiceNumberFormat } from '../../../../src/domain/invoices/invoice-number';

describe('formatInvoiceNumber', () => {
  it.each([
    ['{YYYY}-{seq:4}', 7, '2026-03-01', '2026-0007'],
    ['{YYYY}-{seq:4}', 12_345, '2026-03-01', '2026-12345'],
    ['INV-{YY}{MM}-{seq:3}', 42, '2027-11-30', 'INV-2711-042'],
    ['{seq}', 1, '2026-01-01', '1'],
    ['R{seq:6}/{YYYY}', 31, '2026-12-31', 'R000031/2026'],
    ['{YYYY}-{MM}-{seq:2} {seq}', 5, '2026-02-14', '2026-02-05 5'],
  ])('%s with sequence %i on %s is %s', (format, sequence, issueDate, expected) => {
    expect(formatInvoiceNumber(format, { sequence, issueDate })).toBe(expected);
  });

  it('copies unknown braces and text as written', () => {
    expect(formatInvoiceNumber('{client}-{seq:2}{', { sequence: 3, issueDate: '2026-03-01' })).toBe('{client}-03{');
  });

  it('refuses a format without the sequence, a sequence below 1 and a date that does not exist', () => {
    expect(() => formatInvoiceNumber('{YYYY}-{MM}', { sequence: 1, issueDate: '2026-03-01' })).toThrow(/no \{seq\}/);
    expect(() => formatInvoiceNumber('{seq}', { sequence: 0, issueDate: '2026-03-01' })).toThrow(RangeError);
    expect(() => formatInvoiceNumber('{seq}', { sequence: 1.5, issueDate: '2026-03-01' })).toThrow(RangeError);
    expect(() => formatInvoiceNumber('{seq}', { sequence: 1, issueDate: '2026-02-30' })).toThrow(RangeError);
  });

  it('tells a usable format from one that could repeat a number', () => {
    expect(isInvoiceNumberFormat('{YYYY}-{seq:4}')).toBe(true);
    expect(isInvoiceNumberFormat('{seq}')).toBe(true);
    expect(isInvoiceNumberFormat('{YYYY}-{sequence}')).toBe(false);
    expect(isInvoiceNumberFormat('{seq:abc}')).toBe(false);
  });

  it('gives different sequences different numbers on any day, whatever the padding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('{YYYY}-{seq:4}', '{seq}', 'INV{YY}{MM}{seq:2}', '{seq:6}'),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        (format, a, b, date) => {
          fc.pre(a !== b);
          const issueDate = date.toISOString().slice(0, 10);
          expect(formatInvoiceNumber(format, { sequence: a, issueDate })).not.toBe(formatInvoiceNumber(format, { sequence: b, issueDate }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
