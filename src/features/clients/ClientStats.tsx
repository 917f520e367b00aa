import { useDisplayLocale } from '../../shared/settings-context';
import type { ClientCurrencyFigures, ClientMetrics } from '../../domain/clients/client-metrics';
import { Duration } from '../../ui/Duration';
import { Money } from '../../ui/Money';
import { StatCard } from '../../ui/StatCard';
import styles from './ClientDetailPage.module.css';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatDays(days: number, locale: string): string {
  const rounded = Math.round(days * 10) / 10;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded);
  return `${text} ${rounded === 1 ? 'day' : 'days'}`;
}

function OtherCurrencies({ rows }: { rows: readonly ClientCurrencyFigures[] }) {
  if (rows.length === 0) return null;
  return (
    <div className={styles.otherCurrencies}>
      <p className="small muted">Kept apart, never converted:</p>
      <ul>
        {rows.map((row) => (
          <li key={row.currency}>
            <strong>{row.currency}</strong> invoiced <Money amountMinor={row.invoicedMinor} currency={row.currency} />, received{' '}
            <Money amountMinor={row.receivedMinor} currency={row.currency} />, outstanding <Money amountMinor={row.outstandingMinor} currency={row.currency} />
            {row.effectiveRateMinor !== undefined && (
              <>
                , effective <Money amountMinor={row.effectiveRateMinor} currency={row.currency} /> / h
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The client at a glance, in its own currency: every figure says where it comes from. Amounts in other currencies are
 * listed beneath rather than converted, as hours are filed under the currency they are billed in.
 */
export function ClientStats({ metrics }: { metrics: ClientMetrics }) {
  const locale = useDisplayLocale();
  const [own, ...others] = metrics.byCurrency;
  if (own === undefined) return null;
  const currency = own.currency;
  return (
    <section className="stack" aria-label="Figures">
      <div className={styles.stats}>
        <StatCard label="Hours tracked" value={<Duration ms={metrics.trackedMs} />} hint={<>{<Duration ms={metrics.billableMs} />} billable</>} />
        <StatCard label="Invoiced" value={<Money amountMinor={own.invoicedMinor} currency={currency} />} hint="Issued invoices, credit notes subtracted" />
        <StatCard
          label="Received"
          value={<Money amountMinor={own.receivedMinor} currency={currency} />}
          hint={own.feesMinor > 0 ? <><Money amountMinor={own.feesMinor} currency={currency} /> of it withheld as fees</> : 'Payments recorded'}
        />
        <StatCard
          label="Outstanding"
          value={<Money amountMinor={own.outstandingMinor} currency={currency} />}
          hint={own.overdueMinor > 0 ? <span className={styles.statOverdue}><Money amountMinor={own.overdueMinor} currency={currency} /> overdue</span> : 'Nothing overdue'}
        />
        <StatCard
          label="Effective rate"
          value={own.effectiveRateMinor === undefined ? <span className="muted">—</span> : <><Money amountMinor={own.effectiveRateMinor} currency={currency} /><span className={styles.statUnit}> / h</span></>}
          hint={own.effectiveRateMinor === undefined ? 'Needs tracked time' : <>Received net of tax and fees ÷ <Duration ms={own.trackedMs} /></>}
        />
        <StatCard
          label="Average days to pay"
          value={metrics.averageDaysToPay === undefined ? <span className="muted">—</span> : formatDays(metrics.averageDaysToPay, locale)}
          hint={metrics.paidInvoicesCounted === 0 ? 'No paid invoices yet' : `Issue to last payment, over ${plural(metrics.paidInvoicesCounted, 'paid invoice', 'paid invoices')}`}
        />
      </div>
      <OtherCurrencies rows={others} />
    </section>
  );
}
