/** How much history the benchmark dataset holds. Every count is exact. */
export interface BenchSizes {
  /** Length of the history, ending the day before the dataset's end day. */
  years: number;
  clients: number;
  projects: number;
  timeEntries: number;
  invoices: number;
  payments: number;
  feedback: number;
  proposals: number;
}

/** A busy freelancer's ten years: the dataset every budget is set against. */
export const FULL_BENCH_SIZES: BenchSizes = {
  years: 10,
  clients: 50,
  projects: 200,
  timeEntries: 100_000,
  invoices: 5_000,
  payments: 10_000,
  feedback: 1_000,
  proposals: 500,
};

/** The same ten years at a tenth of the records, for a run in under two minutes. */
export const QUICK_BENCH_SIZES: BenchSizes = {
  years: 10,
  clients: 5,
  projects: 20,
  timeEntries: 10_000,
  invoices: 500,
  payments: 1_000,
  feedback: 100,
  proposals: 50,
};
