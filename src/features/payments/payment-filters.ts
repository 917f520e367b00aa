import { isPaymentMethod, type PaymentMethod } from '../../domain/payments/payment-methods';

/** What the payments list is narrowed to; every part optional. Days are `YYYY-MM-DD`, both ends included. */
export interface PaymentFilters {
  clientId?: string;
  from?: string;
  to?: string;
  method?: PaymentMethod;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the address bar, so a filtered list survives going to an invoice and back; nonsense is ignored. */
export function paymentFiltersFromSearch(search: URLSearchParams): PaymentFilters {
  const filters: PaymentFilters = {};
  const clientId = search.get('client');
  const from = search.get('from');
  const to = search.get('to');
  const method = search.get('method');
  if (clientId !== null && clientId !== '') filters.clientId = clientId;
  if (from !== null && DAY.test(from)) filters.from = from;
  if (to !== null && DAY.test(to)) filters.to = to;
  if (method !== null && isPaymentMethod(method)) filters.method = method;
  return filters;
}

export function paymentFiltersToSearch(filters: PaymentFilters): Record<string, string> {
  const search: Record<string, string> = {};
  if (filters.clientId !== undefined) search.client = filters.clientId;
  if (filters.from !== undefined) search.from = filters.from;
  if (filters.to !== undefined) search.to = filters.to;
  if (filters.method !== undefined) search.method = filters.method;
  return search;
}

export function hasPaymentFilters(filters: PaymentFilters): boolean {
  return filters.clientId !== undefined || filters.from !== undefined || filters.to !== undefined || filters.method !== undefined;
}

/** A "to" day before the "from" day matches nothing; say so rather than show an empty list without a reason. */
export function paymentPeriodError(filters: PaymentFilters): string | undefined {
  return filters.from !== undefined && filters.to !== undefined && filters.to < filters.from ? 'The end of the period is before its start' : undefined;
}
