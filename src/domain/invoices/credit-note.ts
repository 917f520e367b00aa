import type { Invoice, InvoiceLine } from '../model';

/**
 * The lines of a credit note that cancels `invoice` in full: each line again with its quantity negated and its unit
 * price kept (as EN 16931 writes credits), so with the same discount and reverse-charge setting the credit note's
 * totals are exactly the invoice's, negated, to the minor unit: rounding is half away from zero throughout. The
 * lines bill no time: the credit note releases the invoice's entries rather than claiming them.
 */
export function creditNoteLines(invoice: Pick<Invoice, 'lines'>): InvoiceLine[] {
  return invoice.lines.map((line) => {
    const credit: InvoiceLine = {
      id: crypto.randomUUID(),
      description: line.description,
      // A zero quantity stays +0 rather than −0, so stored lines compare equal.
      quantityMilli: line.quantityMilli === 0 ? 0 : -line.quantityMilli,
      unit: line.unit,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBasisPoints: line.taxRateBasisPoints,
      timeEntryIds: [],
    };
    if (line.projectId !== undefined) credit.projectId = line.projectId;
    return credit;
  });
}
