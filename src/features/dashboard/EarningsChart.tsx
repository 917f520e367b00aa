import { useState } from 'react';
import { currencyExponent } from '../../domain/money/currency';
import { formatMoney } from '../../domain/money/format';
import type { CurrencyMonths } from '../../domain/reports/received-by-month';
import { formatMonth } from '../../shared/date-display';
import { useDisplayLocale } from '../../shared/settings-context';
import { BarChartPanel } from '../../ui/charts/BarChartPanel';
import type { ChartPoint, ChartSeries } from '../../ui/charts/chart-types';

const SERIES: readonly ChartSeries[] = [{ key: 'received', label: 'Received', color: 'var(--color-accent)' }];

/**
 * What came in each month of the last year, one currency at a time: amounts in different currencies are never drawn
 * on one axis or added up. With several, the one with the most received is shown first.
 */
export function EarningsChart({ currencies, monthCount }: { currencies: readonly CurrencyMonths[]; monthCount: number }) {
  const locale = useDisplayLocale();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const shown = currencies.find((entry) => entry.currency === chosen) ?? currencies[0];
  const currency = shown?.currency ?? 'EUR';
  const perMajor = 10 ** currencyExponent(currency);
  const points: ChartPoint[] = (shown?.months ?? []).map((cell) => ({
    key: cell.month,
    label: formatMonth(cell.month, locale).split(' ')[0] ?? cell.month,
    fullLabel: formatMonth(cell.month, locale),
    values: { received: cell.receivedMinor / perMajor },
  }));
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const money = (major: number) => formatMoney(Math.round(major * perMajor), currency, locale);

  return (
    <BarChartPanel
      title={`Received, last ${monthCount} months`}
      summary={shown === undefined ? 'Nothing received in these months.' : `Payments received each month in ${currency}, ${money(shown.totalMinor / perMajor)} in all, before fees.`}
      series={SERIES}
      points={points}
      formatValue={money}
      formatAxis={(major) => compact.format(major)}
      emptyMessage={`No payment was recorded in the last ${monthCount} months.`}
      controls={
        currencies.length > 1 && (
          <select aria-label="Currency shown" value={currency} onChange={(event) => setChosen(event.target.value)}>
            {currencies.map((entry) => (
              <option key={entry.currency} value={entry.currency}>
                {entry.currency}
              </option>
            ))}
          </select>
        )
      }
    />
  );
}
