import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { budgetBurn } from '../../../../src/domain/projects/budget-burn';
import { BudgetMeter } from '../../../../src/features/projects/BudgetMeter';
import styles from '../../../../src/features/projects/BudgetMeter.module.css';

const hours = (ms: number) => `${ms / 3_600_000}h`;

function render(used: number, budget: number): string {
  const burn = budgetBurn(used, budget);
  if (burn === undefined) throw new Error('expected a burn');
  return renderToStaticMarkup(<BudgetMeter label="Hours budget" burn={burn} format={hours} />);
}

describe('BudgetMeter', () => {
  it('is a meter named by its label, with the level in words as well as colour', () => {
    const markup = render(34 * 3_600_000, 40 * 3_600_000);
    expect(markup).toContain('role="meter"');
    expect(markup).toContain('aria-valuetext="85 % used, 34h of 40h. Warning: past 80 %."');
    expect(markup).toContain(`class="${styles.meter} ${styles.warning}"`);
    expect(markup).toContain('6h left');
    expect(markup).toMatch(new RegExp(`<span id="([^"]+)" class="${styles.label}">Hours budget</span>[\\s\\S]*aria-labelledby="\\1"`));
  });

  it('stops its value at the budget and states the overrun in its text', () => {
    const markup = render(50 * 3_600_000, 40 * 3_600_000);
    expect(markup).toContain(`aria-valuenow="${40 * 3_600_000}"`);
    expect(markup).toContain(`aria-valuemax="${40 * 3_600_000}"`);
    expect(markup).toContain('aria-valuetext="125 % used, 50h of 40h. Alert: 100 % or more used."');
    expect(markup).toContain('10h over budget');
    expect(markup).toContain('width:100%');
  });
});
