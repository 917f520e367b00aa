import type { DemoSource } from '../db/repositories/demo-data';
import { DEMO_BUSINESS, DEMO_PORTFOLIO_PROFILE } from './demo-persona';
import { generateDemoData } from './generate-demo-data';

/** Any fixed seed gives the same demo; this one reads well. */
const DEMO_SEED = 20_240_917;

/** The demo freelancer the app loads on request: a seeded history, the same on every machine for the same day. */
export const DEMO_SOURCE: DemoSource = {
  generate: ({ now, timeZone }) => generateDemoData({ seed: DEMO_SEED, now, timeZone }),
  persona: { business: DEMO_BUSINESS, portfolioProfile: DEMO_PORTFOLIO_PROFILE },
};
