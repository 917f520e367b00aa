import { useDisplayLocale } from '../../../shared/settings-context';
import type { Payment } from '../../../domain/model';
import { Money } from '../../../ui/Money';
import { paymentMethodLabel } from '../../../domain/payments/payment-methods';
import { formatDay } from '../../../shared/date-display';
import { PaymentRowActions } from '../../payments';
import styles from './InvoicePaymentsCard.module.css';

/** The money received against the invoice, newest first, fee beside each amount, each with Edit and Delete. */
export function InvoicePaymentsCard({ payments }: { payments: readonly Payment[] }) {
  const locale = useDisplayLocale();
  return (
    <section className={`card ${styles.payments}`} aria-labelledby="invoice-payments-title">
      <h2 id="invoice-payments-title" className={styles.title}>
        Payments
      </h2>
      {payments.length === 0 ? (
        <p className="muted small">Nothing received yet.</p>
      ) : (
        <ul className={styles.list}>
          {payments.map((payment) => (
            <li key={payment.id}>
              <span className={styles.main}>
                <span>{formatDay(payment.date, locale)}</span>
                <Money amountMinor={payment.amountMinor} currency={payment.currency} />
              </span>
              <div className={styles.subRow}>
                <span className={styles.sub}>
                  {paymentMethodLabel(payment.method)}
                  {payment.feeMinor > 0 && (
                    <>
                      {' · fee '}
                      <Money amountMinor={payment.feeMinor} currency={payment.currency} />
                    </>
                  )}
                </span>
                <PaymentRowActions payment={payment} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
