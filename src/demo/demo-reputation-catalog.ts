import type { Platform, ProposalStatus } from '../domain/model';
import type { NonEmpty } from './seeded-random';

export interface DemoProposalTemplate {
  title: string;
  platform: Platform;
  status: ProposalStatus;
  /** Won proposals became this project (index into the project catalog); others went to a prospect. */
  project?: number;
  prospect?: { name: string; company?: string };
  bid: { kind: 'hourly'; rateMinor: number } | { kind: 'fixed'; amountMinor: number };
  currency: string;
  estimatedHours?: number;
  jobText: string;
  coverLetter: string;
  lostReason?: string;
}

export const DEMO_PROPOSALS: NonEmpty<DemoProposalTemplate> = [
  {
    title: 'Shopify expert to speed up our coffee store',
    platform: 'upwork',
    status: 'won',
    project: 9,
    bid: { kind: 'hourly', rateMinor: 6500 },
    currency: 'USD',
    estimatedHours: 30,
    jobText: 'Our store takes forever to load on phones. Looking for someone who has fixed Shopify performance before.',
    coverLetter: 'I ran your homepage through a trace: most of the delay is three app scripts and un-sized hero images. I can fix both this week.',
  },
  {
    title: 'React developer for live shipment tracking map',
    platform: 'upwork',
    status: 'won',
    project: 11,
    bid: { kind: 'hourly', rateMinor: 7000 },
    currency: 'USD',
    estimatedHours: 120,
    jobText: 'We need a live map of our fleet in the customer portal. Data arrives over WebSockets.',
    coverLetter: 'I built a similar live view for a delivery start-up: clustering, reconnects and a list view for screen readers included.',
  },
  {
    title: 'Senior front-end engineer, analytics product (Toptal)',
    platform: 'toptal',
    status: 'won',
    project: 14,
    bid: { kind: 'hourly', rateMinor: 9000 },
    currency: 'USD',
    estimatedHours: 400,
    jobText: 'Front-end lead for an investor analytics product, 30 hours a week.',
    coverLetter: 'Data-heavy React apps are most of my last five years; happy to walk you through two I can show.',
  },
  {
    title: 'Backpack configurator for outdoor brand',
    platform: 'freelancer',
    status: 'won',
    project: 16,
    bid: { kind: 'fixed', amountMinor: 280_000 },
    currency: 'USD',
    jobText: 'Customers should pick colours and straps and see the result instantly.',
    coverLetter: 'An SVG-based configurator keeps every combination crisp and fast without 3D assets. Mock-up attached.',
  },
  {
    title: 'Assay results portal: proposal',
    platform: 'direct',
    status: 'won',
    project: 4,
    bid: { kind: 'hourly', rateMinor: 11000 },
    currency: 'EUR',
    estimatedHours: 300,
    jobText: 'Follow-up to the inventory app: partner labs need to upload assay results securely.',
    coverLetter: 'Proposal for a phased build: validation rules first, then uploads, then partner accounts.',
  },
  {
    title: 'Next.js developer for membership site',
    platform: 'upwork',
    status: 'lost',
    prospect: { name: 'Harbourline Fitness' },
    bid: { kind: 'fixed', amountMinor: 350_000 },
    currency: 'USD',
    jobText: 'Membership site with class booking and Stripe payments.',
    coverLetter: 'I would start from the booking flow, since that is where members will spend their time.',
    lostReason: 'Went with a cheaper bid.',
  },
  {
    title: 'Redesign of a museum collection website',
    platform: 'direct',
    status: 'lost',
    prospect: { name: 'Dr. Ines Vogt', company: 'Stadtmuseum Kelling' },
    bid: { kind: 'fixed', amountMinor: 1_450_000 },
    currency: 'EUR',
    jobText: 'Public tender for a new collection website with accessible search.',
    coverLetter: 'Our approach centres on the collection search, tested with visitors who use screen readers.',
    lostReason: 'Tender awarded to an agency with public-sector references.',
  },
  {
    title: 'Vue to React migration for SaaS dashboard',
    platform: 'upwork',
    status: 'withdrawn',
    prospect: { name: 'Polar Metrics' },
    bid: { kind: 'hourly', rateMinor: 7500 },
    currency: 'USD',
    estimatedHours: 160,
    jobText: 'Migrate our Vue 2 dashboard to React over three months.',
    coverLetter: 'A screen-by-screen migration behind a router shim keeps you shipping throughout.',
  },
  {
    title: 'Design system for a fintech app',
    platform: 'toptal',
    status: 'offer',
    prospect: { name: 'Lumen Pay' },
    bid: { kind: 'hourly', rateMinor: 9500 },
    currency: 'USD',
    estimatedHours: 200,
    jobText: 'Build and document a design system used by web and mobile teams.',
    coverLetter: 'I would begin with an inventory of what you already have; most teams own half a design system already.',
  },
  {
    title: 'Dashboard for a solar installer',
    platform: 'direct',
    status: 'interviewing',
    prospect: { name: 'Sonnenfeld Energie', company: 'Sonnenfeld Energie GmbH' },
    bid: { kind: 'hourly', rateMinor: 9500 },
    currency: 'EUR',
    estimatedHours: 80,
    jobText: 'Installers need to see panel output and faults across all customer sites.',
    coverLetter: 'I have built similar monitoring views for analytics customers; happy to show a live example.',
  },
  {
    title: 'Accessibility audit of an online bookshop',
    platform: 'freelancer',
    status: 'viewed',
    prospect: { name: 'Paperlane Books' },
    bid: { kind: 'fixed', amountMinor: 120_000 },
    currency: 'USD',
    jobText: 'WCAG 2.2 AA audit with a prioritised list of fixes.',
    coverLetter: 'I recently audited a similar storefront; the report format is attached so you can see what you would get.',
  },
  {
    title: 'Landing page for a ceramics studio',
    platform: 'upwork',
    status: 'submitted',
    prospect: { name: 'Kiln & Clay' },
    bid: { kind: 'fixed', amountMinor: 90_000 },
    currency: 'USD',
    jobText: 'One-page site with a workshop calendar and a gallery.',
    coverLetter: 'A single fast page with the calendar front and centre; gallery images sized for phones first.',
  },
  {
    title: 'Internal tool for a recruiting agency',
    platform: 'direct',
    status: 'draft',
    prospect: { name: 'Talentbrücke', company: 'Talentbrücke Personalberatung' },
    bid: { kind: 'hourly', rateMinor: 9000 },
    currency: 'EUR',
    estimatedHours: 60,
    jobText: 'Replace the candidate spreadsheet with a small web tool.',
    coverLetter: 'Draft: start with the pipeline board, then reminders.',
  },
  {
    title: 'Shopify subscription checkout rebuild',
    platform: 'upwork',
    status: 'won',
    project: 10,
    bid: { kind: 'fixed', amountMinor: 420_000 },
    currency: 'USD',
    jobText: 'Rebuild our subscription sign-up; it loses people at every step.',
    coverLetter: 'Two steps instead of five is realistic with the new checkout extensibility; here is a sketch.',
  },
];

export interface DemoReview {
  ratingTenths: number;
  comment: string;
  /** What the freelancer noted for themselves beside the review. */
  privateNote?: string;
}

/** Reviews in the order completed projects receive them. */
export const DEMO_REVIEWS: NonEmpty<DemoReview> = [
  { ratingTenths: 50, comment: 'Mara understood what our account managers needed better than we did. Delivered early and explained every trade-off.' },
  { ratingTenths: 49, comment: 'Careful, calm and thorough. The lab team actually enjoys using the new inventory app.' },
  { ratingTenths: 50, comment: 'Beautiful work on our catalogue, and she was patient with a committee of editors.' },
  {
    ratingTenths: 47,
    comment: 'Great design sense and quick turnaround. A couple of rounds more than planned, handled gracefully.',
    privateNote: 'Two unplanned design rounds. Next time, write the number of rounds into the quote.',
  },
  { ratingTenths: 50, comment: 'Our store is finally fast on phones. Clear reports on what changed and why.' },
  { ratingTenths: 48, comment: 'Sign-ups went up right after launch. Would hire again.' },
  { ratingTenths: 50, comment: 'Top-notch engineer. The live map worked on day one and kept working.' },
  {
    ratingTenths: 46,
    comment: 'Strong front-end lead; communication across time zones took some adjusting but was always honest.',
    privateNote: 'Daily calls at 7:00 my time wore me out. Agree on an overlap window before starting.',
  },
  { ratingTenths: 50, comment: 'The configurator is exactly what we pictured. Customers love it.' },
  {
    ratingTenths: 42,
    comment: 'Good work on the locator. It took longer than estimated because of our stockist data, which she flagged early.',
    privateNote: 'Their stockist spreadsheet needed two days of cleaning. Quote data cleaning as its own line.',
  },
  { ratingTenths: 50, comment: 'Practical accessibility advice our small team could act on right away.' },
  { ratingTenths: 49, comment: 'Migration weekend went without a hitch. Thoughtful planning and great documentation.' },
];

export interface DemoCredentialTemplate {
  name: string;
  issuer: string;
  /** Months before `now` it was earned, and how many years it stays valid (none: no expiry). */
  monthsAgo: number;
  validYears?: number;
  url: string;
  skills: string[];
}

export const DEMO_CREDENTIALS: NonEmpty<DemoCredentialTemplate> = [
  {
    name: 'AWS Certified Developer – Associate',
    issuer: 'Amazon Web Services',
    monthsAgo: 14,
    validYears: 3,
    url: 'https://aws.amazon.com/certification/certified-developer-associate/',
    skills: ['AWS', 'Serverless', 'DynamoDB'],
  },
  {
    name: 'Professional Scrum Master I',
    issuer: 'Scrum.org',
    monthsAgo: 38,
    url: '',
    skills: ['Scrum', 'Agile delivery'],
  },
  {
    name: 'Web Accessibility Specialist',
    issuer: 'International Association of Accessibility Professionals',
    monthsAgo: 20,
    validYears: 3,
    url: '',
    skills: ['Accessibility', 'WCAG 2.2'],
  },
];
