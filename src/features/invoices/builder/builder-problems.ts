import type { FieldErrors } from '../../../db/repositories/write-result';
import type { ComposedInvoice } from './compose-invoice';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  period: 'Period',
  taxRate: 'Tax rate',
  discount: 'Discount',
  paymentTermsDays: 'Payment terms',
  notes: 'Notes',
  clientId: 'Client',
};

const LINE_FIELD_NAMES: Readonly<Record<string, string>> = {
  description: 'description',
  quantity: 'quantity',
  unitPrice: 'unit price',
  taxRate: 'tax rate',
};

/**
 * Every reason the invoice cannot be saved yet, one sentence each and naming its field, for the list beside the
 * buttons: "Discount: At most 100 %", "Line 3, unit price: Enter a price".
 */
export function builderProblems(composed: ComposedInvoice, manualKeys: readonly string[], generatedCount: number, stored: FieldErrors = {}): string[] {
  const problems: string[] = [];
  for (const [field, message] of Object.entries({ ...composed.errors, ...stored })) {
    if (message === undefined) continue;
    const name = FIELD_NAMES[field];
    if (field.startsWith('lineTaxRate:')) problems.push(`A line’s tax rate: ${message}`);
    else problems.push(name === undefined ? message : `${name}: ${message}`);
  }
  manualKeys.forEach((key, index) => {
    const errors = composed.manualLineErrors[key];
    if (errors === undefined) return;
    for (const [field, message] of Object.entries(errors)) {
      if (message !== undefined) problems.push(`Line ${generatedCount + index + 1}, ${LINE_FIELD_NAMES[field] ?? field}: ${message}`);
    }
  });
  return problems;
}
