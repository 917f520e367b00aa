/** "1 invoice", "12 invoices": a count with its noun in the number it takes. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
