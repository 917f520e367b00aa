import type { InvoiceTotals } from '../model';
import { formatMoney } from '../money/format';
import { invoiceLineAmount, type InvoiceDiscount, type PricedLine } from './invoice-totals';

/** Why an invoice that would total less than zero is not issued; a refund or correction is a credit note's job. */
export const NEGATIVE_TOTAL_REFUSAL =
  'This invoice totals less than zero, so it cannot be issued: an invoice never asks for a negative amount. Issue a credit note against the invoice it corrects instead';

const NO_LINES_REFUSAL = 'Add at least one line before issuing';

/**
 * Why a discount cannot go on lines whose net is `linesNetMinor`, or undefined when it can. An amount off may take at
 * most the whole of the lines, as a percentage may be at most 100 %; more would be a total silently cut to zero.
 */
export function discountRefusal(discount: InvoiceDiscount | undefined, linesNetMinor: number, currency: string, locale: string): string | undefined {
  if (discount === undefined || discount.kind !== 'amount') return undefined;
  const most = Math.abs(linesNetMinor);
  return discount.amountMinor > most ? `At most ${formatMoney(most, currency, locale)}, the total of the lines` : undefined;
}

/** The lines' net before any discount. */
export function linesNetMinor(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, line) => sum + invoiceLineAmount(line), 0);
}

/**
 * Why a draft cannot be issued as it stands, or undefined: shown on the draft itself, so the user learns it before
 * pressing Issue rather than after confirming it.
 */
export function draftIssueRefusal(draft: { lines: readonly unknown[]; totals: Pick<InvoiceTotals, 'grossMinor'> }): string | undefined {
  if (draft.lines.length === 0) return NO_LINES_REFUSAL;
  if (draft.totals.grossMinor < 0) return NEGATIVE_TOTAL_REFUSAL;
  return undefined;
}
