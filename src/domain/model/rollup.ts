/**
 * Month × client × currency totals, kept in the same transaction as every write that changes them,
 * so dashboards never scan all entries. The id is `${month}|${clientId}|${currency}`.
 */
export interface Rollup {
  id: string;
  /** Local month of the record, `YYYY-MM`. */
  month: string;
  clientId: string;
  currency: string;
  trackedMs: number;
  billableMs: number;
  invoicedMinor: number;
  receivedMinor: number;
  feesMinor: number;
}
