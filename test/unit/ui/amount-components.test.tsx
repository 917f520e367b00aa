import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { machineDefaultSettings } from '../../../src/db/repositories/settings';
import { SETTINGS_ID, type Settings } from '../../../src/domain/model';
import { SettingsContext } from '../../../src/shared/settings-context';
import { AmountList, nonZeroAmounts } from '../../../src/ui/AmountList';
import { MoneyAmounts } from '../../../src/ui/MoneyAmounts';

const totals = [
  { currency: 'EUR', outstandingMinor: 123_456, overdueMinor: 0 },
  { currency: 'GBP', outstandingMinor: 0, overdueMinor: 0 },
  { currency: 'USD', outstandingMinor: 5_000, overdueMinor: 0 },
];

/** Rendered as the app renders it, amounts in the locale Settings name. */
function render(element: ReactElement): string {
  const settings: Settings = { ...machineDefaultSettings(), locale: 'en-US', id: SETTINGS_ID, createdAt: 1, updatedAt: 1 };
  return renderToStaticMarkup(<SettingsContext.Provider value={settings}>{element}</SettingsContext.Provider>);
}

function texts(markup: string): string[] {
  return [...markup.matchAll(/<span class="tabular money">([^<]*)<\/span>/g)].map((match) => match[1] ?? '');
}

describe('nonZeroAmounts', () => {
  it('reads one figure from each currency’s line and leaves out the currencies where it is zero', () => {
    expect(nonZeroAmounts(totals, (line) => line.outstandingMinor)).toEqual([
      { currency: 'EUR', amountMinor: 123_456 },
      { currency: 'USD', amountMinor: 5_000 },
    ]);
    expect(nonZeroAmounts(totals, (line) => line.overdueMinor)).toEqual([]);
  });
});

describe('AmountList', () => {
  it('lists each currency on a line of its own, in the order given', () => {
    const markup = render(<AmountList amounts={nonZeroAmounts(totals, (line) => line.outstandingMinor)} none="All paid" />);
    expect(markup.match(/<li>/g)).toHaveLength(2);
    expect(texts(markup)).toEqual(['€1,234.56', '$50.00']);
    expect(markup).not.toContain('All paid');
  });

  it('says what stands in the figure’s place when there is nothing to show', () => {
    const markup = render(<AmountList amounts={[]} none="Nothing late" tone="danger" />);
    expect(markup).toContain('>Nothing late</span>');
    expect(markup).not.toContain('<ul');
  });
});

describe('MoneyAmounts', () => {
  it('shows every currency, never added together, and a dash when there is none', () => {
    const amounts = [
      { currency: 'EUR', amountMinor: 100 },
      { currency: 'USD', amountMinor: 250 },
    ];
    expect(texts(render(<MoneyAmounts amounts={amounts} layout="stacked" />))).toEqual(['€1.00', '$2.50']);
    expect(render(<MoneyAmounts amounts={[]} />)).toBe('<span class="muted">—</span>');
  });
});
