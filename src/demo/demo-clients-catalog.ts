import type { Platform } from '../domain/model';
import type { NonEmpty } from './seeded-random';

/** How the demo invoices a client: German VAT, EU reverse charge, or an export outside the EU. */
export type DemoVatTreatment = 'domestic' | 'reverseCharge' | 'export';

export interface DemoClientTemplate {
  name: string;
  company?: string;
  email: string;
  address: string;
  country: string;
  taxId?: string;
  currency: string;
  defaultRateMinor: number;
  paymentTermsDays: number;
  platform: Platform;
  industry: string;
  publicAlias?: string;
  notes: string;
  tags: string[];
  vat: DemoVatTreatment;
}

export const DEMO_CLIENTS: NonEmpty<DemoClientTemplate> = [
  {
    name: 'Northwind Analytics',
    email: 'accounts@northwind-analytics.example',
    address: 'Torstraße 140\n10119 Berlin',
    country: 'DE',
    taxId: 'DE298765431',
    currency: 'EUR',
    defaultRateMinor: 9500,
    paymentTermsDays: 14,
    platform: 'direct',
    industry: 'Data & analytics',
    notes: 'Main contact: Jonas Weber (Head of Product). Invoices to accounts@, copy Jonas. Retainer reviewed every January.',
    tags: ['retainer', 'dashboards'],
    vat: 'domestic',
  },
  {
    name: 'Helix Biotech GmbH',
    email: 'procurement@helix-biotech.example',
    address: 'Im Neuenheimer Feld 582\n69120 Heidelberg',
    country: 'DE',
    taxId: 'DE811204467',
    currency: 'EUR',
    defaultRateMinor: 11000,
    paymentTermsDays: 30,
    platform: 'direct',
    industry: 'Biotechnology',
    publicAlias: 'A European biotech company',
    notes: 'Under NDA until further notice: never name them in case studies. Purchase order number required on every invoice.',
    tags: ['nda', 'life-science'],
    vat: 'domestic',
  },
  {
    name: 'Bramble & Finch Ltd',
    email: 'studio@bramblefinch.example',
    address: '14 Hatton Garden\nLondon EC1N 8AT\nUnited Kingdom',
    country: 'GB',
    taxId: 'GB284331907',
    currency: 'GBP',
    defaultRateMinor: 8500,
    paymentTermsDays: 30,
    platform: 'direct',
    industry: 'Publishing',
    notes: 'Small independent publisher. Priya handles the catalogue, Tom signs off budgets.',
    tags: ['publishing'],
    vat: 'export',
  },
  {
    name: 'Estudio Marea',
    company: 'Estudio Marea Arquitectura S.L.',
    email: 'hola@estudiomarea.example',
    address: 'Carrer de Pujades 77\n08005 Barcelona\nSpain',
    country: 'ES',
    taxId: 'ESB66123457',
    currency: 'EUR',
    defaultRateMinor: 8000,
    paymentTermsDays: 21,
    platform: 'direct',
    industry: 'Architecture',
    notes: 'Referred by Northwind. Prefers calls on Thursday afternoons.',
    tags: ['design'],
    vat: 'reverseCharge',
  },
  {
    name: 'Cedar Lane Coffee Roasters',
    email: 'orders@cedarlanecoffee.example',
    address: 'Portland, Oregon\nUnited States',
    country: 'US',
    currency: 'USD',
    defaultRateMinor: 6500,
    paymentTermsDays: 0,
    platform: 'upwork',
    industry: 'Food & beverage',
    notes: 'Shopify store with a subscription box. Owner answers on Upwork messages only.',
    tags: ['shopify', 'ecommerce'],
    vat: 'export',
  },
  {
    name: 'Tidewater Freight Systems',
    email: 'it@tidewaterfreight.example',
    address: 'Savannah, Georgia\nUnited States',
    country: 'US',
    currency: 'USD',
    defaultRateMinor: 7000,
    paymentTermsDays: 0,
    platform: 'upwork',
    industry: 'Logistics',
    notes: 'Weekly limit of 20 hours on the Upwork contract. Standup on Mondays, 16:00 Berlin time.',
    tags: ['maps', 'realtime'],
    vat: 'export',
  },
  {
    name: 'Quillfeather Capital',
    email: 'eng@quillfeather.example',
    address: 'New York, NY\nUnited States',
    country: 'US',
    currency: 'USD',
    defaultRateMinor: 9000,
    paymentTermsDays: 0,
    platform: 'toptal',
    industry: 'Financial services',
    publicAlias: 'A US fintech startup',
    notes: 'Engaged through Toptal. Strict NDA: no screenshots, no client name anywhere public.',
    tags: ['nda', 'fintech'],
    vat: 'export',
  },
  {
    name: 'Kestrel Trail Outfitters',
    email: 'web@kestreltrail.example',
    address: 'Calgary, Alberta\nCanada',
    country: 'CA',
    currency: 'USD',
    defaultRateMinor: 6000,
    paymentTermsDays: 0,
    platform: 'freelancer',
    industry: 'Outdoor retail',
    notes: 'Found through a Freelancer.com contest; now sends small jobs directly through the platform.',
    tags: ['ecommerce'],
    vat: 'export',
  },
];
