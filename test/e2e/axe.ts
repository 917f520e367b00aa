import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { z } from 'zod';

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The part of axe-core's result the tests read; anything coming back from the page is checked before use. */
const axeViolationsSchema = z.object({
  violations: z.array(
    z.object({
      id: z.string(),
      impact: z.enum(['minor', 'moderate', 'serious', 'critical']).nullable().optional(),
      help: z.string(),
      nodes: z.array(z.object({ target: z.array(z.unknown()), failureSummary: z.string().optional() })),
    }),
  ),
});
export type AxeViolation = z.infer<typeof axeViolationsSchema>['violations'][number];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core over the whole page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate("typeof window.axe === 'object'");
  if (alreadyLoaded !== true) await page.addScriptTag({ path: axeScriptPath });
  const raw: unknown = await page.evaluate("window.axe.run(document, { resultTypes: ['violations'] })");
  const { violations } = axeViolationsSchema.parse(raw);
  return violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
}

/** One line per violation and element, readable in a failed assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`),
  );
}
