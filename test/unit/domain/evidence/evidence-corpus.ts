import type { EvidenceSources } from '../../../../src/domain/evidence/evidence-items';
import { client, feedback, project } from '../../features/records';

const HOUR = 3_600_000;

/** A small freelancer history: three clients (one under NDA), four projects (one cancelled), three reviews. */
export function smallHistory(): EvidenceSources {
  const northwind = client('c1', { name: 'Northwind Analytics' });
  const helix = client('c2', { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' });
  const bramble = client('c3', { name: 'Bramble & Finch Ltd' });
  return {
    clients: [northwind, helix, bramble],
    projects: [
      project('pA', 'c1', {
        name: 'Analytics dashboard',
        skills: ['React', 'TypeScript', 'D3.js'],
        startDate: '2025-01-06',
        endDate: '2025-06-30',
        status: 'completed',
        portfolio: { visible: true, summary: 'Customer-facing sales dashboards with charts', outcome: 'Load time down to 1.3 s', imageIds: [] },
      }),
      project('pB', 'c2', {
        name: 'Lab inventory app',
        description: 'Barcode scanning for freezer positions',
        skills: ['React', 'Node.js', 'PostgreSQL'],
        startDate: '2025-03-03',
        status: 'active',
        portfolio: { visible: false, summary: 'Inventory system Helix Biotech uses to find and reorder reagents', outcome: '', imageIds: [] },
      }),
      project('pC', 'c3', {
        name: 'Catalogue redesign',
        skills: ['UI design', 'Figma', 'Next.js'],
        startDate: '2024-10-07',
        endDate: '2024-12-20',
        status: 'completed',
        portfolio: { visible: true, summary: 'Book catalogue with search', outcome: '', imageIds: [] },
      }),
      project('pD', 'c1', { name: 'Dropped dashboard', skills: ['React'], status: 'cancelled' }),
    ],
    feedback: [
      feedback('f1', 'pA', 'c1', { ratingTenths: 50, comment: 'Fast dashboards and clear charts.', date: '2025-07-04' }),
      feedback('f2', 'pB', 'c2', { ratingTenths: 48, comment: 'Helix Biotech GmbH is delighted.', canQuote: false, date: '2025-08-01' }),
      feedback('f3', 'pC', 'c3', { ratingTenths: 46, comment: 'Beautiful catalogue design.', date: '2025-01-10' }),
    ],
    trackedMs: new Map([
      ['pA', 120 * HOUR],
      ['pB', 80 * HOUR],
      ['pC', 40 * HOUR],
      ['pD', 5 * HOUR],
    ]),
  };
}

export const INVENTORY_POST = 'We need a React developer to build an inventory dashboard with barcode scanning and PostgreSQL.';
