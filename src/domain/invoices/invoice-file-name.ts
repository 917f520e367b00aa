import type { Invoice } from '../model';

/** Characters some common file system refuses in a name. */
const RESERVED_CHARACTERS = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);
const MAX_PART_LENGTH = 80;

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/** One part of a file name: unsafe characters become hyphens, runs of space shrink, and Windows' trailing dots go. */
function safePart(text: string): string {
  const spaced = text.replace(/\s+/g, ' ');
  const cleaned = [...spaced].map((character) => (RESERVED_CHARACTERS.has(character) || isControlCharacter(character) ? '-' : character)).join('').trim();
  return [...cleaned].slice(0, MAX_PART_LENGTH).join('').replace(/[ .]+$/, '').trim();
}

/**
 * The name an invoice's PDF is saved under: `Invoice 2026-0007 - Northwind.pdf`, `Credit note 2026-0008 - …` for
 * credit notes and `Invoice draft - …` before a number is given. Safe on Windows, macOS and Linux; a client name
 * that leaves nothing printable is left out.
 */
export function invoicePdfFileName(invoice: Pick<Invoice, 'kind' | 'number'>, clientName: string): string {
  const kind = invoice.kind === 'creditNote' ? 'Credit note' : 'Invoice';
  const number = safePart(invoice.number ?? '');
  const client = safePart(clientName);
  const title = `${kind} ${number === '' ? 'draft' : number}`;
  return `${client === '' ? title : `${title} - ${client}`}.pdf`;
}
