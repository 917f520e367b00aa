import type { Project, ProjectBilling } from '../model';
import { divideRoundHalfAwayFromZero } from '../money';

export const MS_PER_HOUR = 3_600_000;
/** From this share of the budget on, the burn is a warning; from the alert share on, an alert. */
export const BURN_WARNING_PERCENT = 80;
export const BURN_ALERT_PERCENT = 100;

export type BurnLevel = 'ok' | 'warning' | 'alert';

/** Used against budget in one unit: milliseconds for hours, minor units for money. */
export interface BudgetBurn {
  used: number;
  budget: number;
  /** What is left; negative once the budget is overrun. */
  remaining: number;
  /** used ÷ budget as a whole percentage, rounded down, so 79.9 % still reads 79 and stays below the warning. */
  percent: number;
  level: BurnLevel;
}

/** What a project has consumed so far. */
export interface ProjectUsage {
  trackedMs: number;
  billableMs: number;
  /** Net of issued invoice lines (credit notes subtract) that name the project. */
  invoicedNetMinor: number;
}

export interface ProjectBurn {
  hours: BudgetBurn | undefined;
  amount: BudgetBurn | undefined;
}

/** Compared in integers (BigInt), so a figure exactly at 80 % of the budget is a warning, never a rounding away from one. */
function atLeastPercent(used: number, budget: number, percent: number): boolean {
  return BigInt(Math.round(used)) * 100n >= BigInt(Math.round(budget)) * BigInt(percent);
}

/** The burn of one budget; undefined for no budget or a zero one, which budgets nothing. */
export function budgetBurn(used: number, budget: number | undefined): BudgetBurn | undefined {
  if (budget === undefined || budget <= 0) return undefined;
  const level: BurnLevel = atLeastPercent(used, budget, BURN_ALERT_PERCENT) ? 'alert' : atLeastPercent(used, budget, BURN_WARNING_PERCENT) ? 'warning' : 'ok';
  return { used, budget, remaining: budget - used, percent: Math.floor((used * 100) / budget), level };
}

/** Billable time at an hourly rate, rounded half away from zero to a whole minor unit. */
export function billableValueMinor(rateMinor: number, billableMs: number): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(rateMinor) * BigInt(Math.round(billableMs)), BigInt(MS_PER_HOUR)));
}

/**
 * Money used against an amount budget: for hourly work the value of the billable time at the project's rate, whether
 * invoiced yet or not; for fixed-price and unbilled work, which have no rate, what has been invoiced on the project.
 */
export function moneyUsedMinor(billing: ProjectBilling, usage: ProjectUsage): number {
  return billing.kind === 'hourly' ? billableValueMinor(billing.rateMinor, usage.billableMs) : usage.invoicedNetMinor;
}

/** Hours count all time tracked on the project, billable or not: the budget is of effort. */
export function projectBudgetBurn(project: Pick<Project, 'billing' | 'budgetHours' | 'budgetAmountMinor'>, usage: ProjectUsage): ProjectBurn {
  const budgetMs = project.budgetHours === undefined ? undefined : Math.round(project.budgetHours * MS_PER_HOUR);
  return {
    hours: budgetBurn(usage.trackedMs, budgetMs),
    amount: budgetBurn(moneyUsedMinor(project.billing, usage), project.budgetAmountMinor),
  };
}

