import type { NonEmpty } from './seeded-random';

/** The kinds of work a demo project's time entries describe. */
export type DemoTaskSet = 'dashboard' | 'frontend' | 'design' | 'backend' | 'shop' | 'maps' | 'consulting' | 'audit';

export const DEMO_TASKS: Readonly<Record<DemoTaskSet, NonEmpty<string>>> = {
  dashboard: [
    'Cohort chart: tooltip and legend polish',
    'Fix timezone bug in weekly aggregates',
    'Code review and release prep',
    'Sprint planning call',
    'Virtualise the accounts table',
    'Export to CSV with filters applied',
    'Investigate slow funnel query',
    'Dark mode for chart palette',
    'Write tests for the date range picker',
  ],
  frontend: [
    'Drag-and-drop field list',
    'Keyboard support for the canvas',
    'Filter builder UI',
    'Review session with account managers',
    'Preview rendering performance',
    'Empty and error states',
    'Save and share report links',
    'Bug bash fixes',
  ],
  design: [
    'Wireframes for the landing page',
    'Moodboard and type exploration',
    'High-fidelity mockups, round 2',
    'Design review call',
    'Component specs for handoff',
    'Image treatment and cropping rules',
    'Prototype the navigation',
    'Revisions after client feedback',
  ],
  backend: [
    'Schema design for storage locations',
    'Barcode scanning flow',
    'API endpoints for reservations',
    'Role-based permissions',
    'Weekly sync with the lab team',
    'Audit log and exports',
    'Migration script and dry run',
    'Upload validation rules',
    'Security review fixes',
  ],
  shop: [
    'Lazy-load product images',
    'Remove unused app scripts',
    'Cart drawer refactor',
    'Checkout step consolidation',
    'QA on mobile Safari',
    'Call with the owner about launch',
    'Variant picker edge cases',
    'Analytics events for the funnel',
  ],
  maps: [
    'Vehicle clustering at low zoom',
    'WebSocket reconnect handling',
    'Route history playback',
    'List view fallback for screen readers',
    'Standup and demo',
    'Geocoding cleanup',
    'Map style tweaks',
  ],
  consulting: [
    'Discovery call for next quarter',
    'Estimate for the alerts feature',
    'Write proposal for the mobile view',
    'Scoping workshop',
  ],
  audit: [
    'Component inventory',
    'Contrast and focus checks',
    'Screen reader walkthrough',
    'Write up findings',
    'Prioritise fixes with the team',
    'Migration plan draft',
  ],
};

/** Work that a careful freelancer tracks but does not bill. */
export const DEMO_UNBILLED_TASKS: NonEmpty<string> = [
  'Fix my own regression from last week',
  'Environment setup after laptop update',
  'Reading up on the new API version',
  'Rework after misunderstanding the brief',
];
