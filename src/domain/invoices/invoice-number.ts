import { parseDayKey } from '../time/local-calendar';

export interface InvoiceNumberParts {
  /** The running number, from 1; it never resets, so a number is unique even where the format drops the year. */
  sequence: number;
  /** The issue date, `YYYY-MM-DD`. */
  issueDate: string;
}

const TOKEN = /\{(YYYY|YY|MM|seq(?::(\d{1,2}))?)\}/g;
const SEQUENCE_TOKEN = /\{seq(?::\d{1,2})?\}/;
const MAX_PADDING = 12;

/** Whether a format can number invoices: it must carry the sequence, or two invoices could share a number. */
export function isInvoiceNumberFormat(format: string): boolean {
  return SEQUENCE_TOKEN.test(format);
}

/**
 * The number an invoice is issued with. Tokens: {YYYY} and {YY} the issue year, {MM} its month, {seq} the sequence
 * and {seq:N} the sequence padded with zeros to at least N digits (a longer sequence is never cut). Anything else in
 * the format is copied as written, so `{YYYY}-{seq:4}` with sequence 7 in 2026 gives `2026-0007`.
 */
export function formatInvoiceNumber(format: string, { sequence, issueDate }: InvoiceNumberParts): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`formatInvoiceNumber: the sequence must be a whole number from 1, got ${sequence}`);
  if (!isInvoiceNumberFormat(format)) throw new RangeError(`formatInvoiceNumber: the format "${format}" has no {seq} or {seq:N}`);
  const { year, month } = parseDayKey(issueDate);
  const yearText = String(year).padStart(4, '0');
  return format.replace(TOKEN, (_token, name: string, width: string | undefined) => {
    if (name === 'YYYY') return yearText;
    if (name === 'YY') return yearText.slice(-2);
    if (name === 'MM') return String(month).padStart(2, '0');
    return String(sequence).padStart(Math.min(Number(width ?? '0'), MAX_PADDING), '0');
  });
}
