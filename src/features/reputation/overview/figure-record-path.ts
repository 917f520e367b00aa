import type { FigureRecord } from '../../../domain/reputation/figure';

/** The page each record behind a figure opens: where the freelancer can see it, and correct it. */
export function figureRecordPath(record: Pick<FigureRecord, 'kind' | 'id'>): string {
  const id = encodeURIComponent(record.id);
  switch (record.kind) {
    case 'project':
      return `/projects/${id}`;
    case 'feedback':
      return `/reputation/feedback/${id}/edit`;
    case 'proposal':
      return `/proposals/${id}`;
    case 'invoice':
      return `/invoices/${id}`;
    case 'credential':
      return `/reputation/credentials/${id}/edit`;
  }
}
