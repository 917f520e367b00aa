import type { Platform } from '../../../src/domain/model';
import type { NonEmpty } from '../../../src/demo/seeded-random';

/** Words the client names are built from: first × second gives 144 distinct names before a number is added. */
export const CLIENT_NAME_FIRST: NonEmpty<string> = ['Northwind', 'Bluefin', 'Copperleaf', 'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Harbour', 'Ironbark', 'Juniper', 'Kestrel', 'Lumen'];
export const CLIENT_NAME_SECOND: NonEmpty<string> = ['Analytics', 'Logistics', 'Health', 'Studios', 'Foods', 'Robotics', 'Travel', 'Finance', 'Energy', 'Media', 'Retail', 'Labs'];

export const CLIENT_INDUSTRIES: NonEmpty<string> = ['Data & analytics', 'Logistics', 'Healthcare', 'Media', 'Food & drink', 'Manufacturing', 'Travel', 'Fintech', 'Energy', 'Retail'];

/**
 * How the (German) seller invoices a client: VAT charged at home, reverse charge inside the EU, or an export with no
 * VAT.
 */
export type VatTreatment = 'domestic' | 'reverseCharge' | 'export';

/** Client billing profiles, cycled. */
export interface ClientProfile {
  currency: string;
  country: string;
  platform: Platform;
  vat: VatTreatment;
}

export const CLIENT_PROFILES: NonEmpty<ClientProfile> = [
  { currency: 'EUR', country: 'DE', platform: 'direct', vat: 'domestic' },
  { currency: 'USD', country: 'US', platform: 'upwork', vat: 'export' },
  { currency: 'EUR', country: 'NL', platform: 'direct', vat: 'reverseCharge' },
  { currency: 'GBP', country: 'GB', platform: 'toptal', vat: 'export' },
  { currency: 'EUR', country: 'DE', platform: 'direct', vat: 'domestic' },
  { currency: 'USD', country: 'CA', platform: 'fiverr', vat: 'export' },
  { currency: 'EUR', country: 'FR', platform: 'freelancer', vat: 'reverseCharge' },
];

/** German VAT, in basis points, on domestic invoices. */
export const DOMESTIC_VAT_BASIS_POINTS = 1900;

/** The freelancer the dataset belongs to, as invoices carry them. */
export const BENCH_SELLER = {
  name: 'Bench Freelance Studio',
  address: 'Reichenberger Straße 1\n10999 Berlin\nGermany',
  email: 'hello@bench-studio.example',
  taxId: 'DE123456789',
  country: 'DE',
} as const;

/** What each marketplace withholds from a payment. */
export const PLATFORM_FEE_RATE: Readonly<Record<Platform, number>> = { direct: 0, upwork: 0.1, fiverr: 0.2, freelancer: 0.1, toptal: 0, other: 0.05 };

/** Base-currency (EUR) units per unit of each currency the dataset bills in. */
export const EXCHANGE_RATES: Readonly<Record<string, number>> = { EUR: 1, USD: 0.92, GBP: 1.17 };

export const PROJECT_KINDS: NonEmpty<string> = ['Dashboard rebuild', 'Checkout redesign', 'Data pipeline', 'Mobile app', 'Design system', 'API integration', 'Reporting suite', 'Booking flow', 'Search overhaul', 'Admin console'];

export const PROJECT_SKILLS: NonEmpty<readonly string[]> = [
  ['React', 'TypeScript'],
  ['Figma', 'Accessibility'],
  ['PostgreSQL', 'Python'],
  ['React Native'],
  ['Node.js', 'GraphQL'],
  ['Data visualisation', 'D3'],
];

export const TASKS: NonEmpty<string> = [
  'Implement filters',
  'Code review',
  'Weekly sync call',
  'Fix layout regressions',
  'Write migration',
  'Sprint planning',
  'Chart legend and tooltips',
  'Performance profiling',
  'Accessibility audit fixes',
  'Refactor data loading',
  'Write end-to-end tests',
  'Client workshop',
];

export const FEEDBACK_COMMENTS: NonEmpty<string> = [
  'Delivered ahead of schedule and explained every trade-off.',
  'Clear communication, careful work, would hire again.',
  'Solid results; a few deadlines slipped but the quality was there.',
  'Took a vague brief and turned it into exactly what we needed.',
  'Reliable and thorough. Our team learned a lot.',
];

export const PROSPECT_NAMES: NonEmpty<string> = ['Harbourline Fitness', 'Quarry Books', 'Saltmarsh Games', 'Tidewater Clinics', 'Orchard Robotics', 'Pinecrest Realty'];

export const PROPOSAL_TITLES: NonEmpty<string> = ['Membership site with class booking', 'Shopify theme performance pass', 'Internal analytics dashboard', 'Accessible redesign of a booking flow', 'Data export tooling', 'Prototype of a field-service app'];
