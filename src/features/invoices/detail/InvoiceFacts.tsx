import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDisplayLocale } from '../../../shared/settings-context';
import { invoiceOutstandingMinor, isInvoiceCredited, isInvoiceOverdue } from '../../../domain/invoices/invoice-status';
import { invoiceLineAmount } from '../../../domain/invoices/invoice-totals';
import type { Client, Invoice } from '../../../domain/model';
import { Money } from '../../../ui/Money';
import { formatDay, formatInstantDay } from '../../../shared/date-display';
import { invoiceTitle, overdueLabel } from '../invoice-labels';
import { InvoiceTotalsTable } from '../InvoiceTotalsTable';
import styles from './InvoiceFacts.module.css';

interface InvoiceFactsProps {
  invoice: Invoice;
  client: Client | undefined;
  related: Invoice | undefined;
  today: string;
  timeZone: string;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The figures and dates beside the document: what is owed, when, and how the invoice got here. */
export function InvoiceFacts({ invoice, client, related, today, timeZone }: InvoiceFactsProps) {
  const locale = useDisplayLocale();
  const outstanding = invoiceOutstandingMinor(invoice);
  const overdue = isInvoiceOverdue(invoice, today);
  const settles = invoice.kind === 'invoice' && invoice.status !== 'draft' && invoice.status !== 'void' && !isInvoiceCredited(invoice);
  const linesNet = invoice.lines.reduce((sum, line) => sum + invoiceLineAmount(line), 0);

  return (
    <section className={`card ${styles.facts}`} aria-label="Summary">
      {settles && (
        <div className={[styles.balance, overdue && styles.balanceOverdue].filter(Boolean).join(' ')}>
          <p className={styles.balanceLabel}>{outstanding === 0 ? 'Paid in full' : overdue ? 'Overdue' : 'Outstanding'}</p>
          <p className={styles.balanceAmount}>
            <Money amountMinor={outstanding} currency={invoice.currency} />
          </p>
          {invoice.paidMinor > 0 && (
            <p className={styles.balanceNote}>
              <Money amountMinor={invoice.paidMinor} currency={invoice.currency} /> of <Money amountMinor={invoice.totals.grossMinor} currency={invoice.currency} /> received
            </p>
          )}
          {overdue && invoice.dueDate !== undefined && <p className={styles.balanceNote}>{overdueLabel(invoice.dueDate, today)}</p>}
        </div>
      )}
      <div className={styles.body}>
        <InvoiceTotalsTable totals={invoice.totals} linesNetMinor={linesNet} discount={invoice.discount} currency={invoice.currency} locale={locale} reverseCharge={invoice.reverseCharge} />
        <dl className={styles.factList}>
          <Fact label="Client">{client === undefined ? <span className="muted">Deleted client</span> : <Link to={`/clients/${client.id}`}>{client.name}</Link>}</Fact>
          {invoice.issueDate !== undefined && <Fact label="Issued">{formatDay(invoice.issueDate, locale)}</Fact>}
          {invoice.dueDate !== undefined && invoice.kind === 'invoice' && <Fact label="Due">{formatDay(invoice.dueDate, locale)}</Fact>}
          {invoice.status === 'draft' && <Fact label="Payment terms">{invoice.paymentTermsDays === undefined ? 'The client’s terms' : `${invoice.paymentTermsDays} days`}</Fact>}
          {invoice.sentAt !== undefined && <Fact label="Sent">{formatInstantDay(invoice.sentAt, timeZone, locale)}</Fact>}
          {invoice.reverseCharge && <Fact label="Tax">Reverse charge</Fact>}
          {related !== undefined && (
            <Fact label={invoice.kind === 'creditNote' ? 'Cancels' : 'Cancelled by'}>
              <Link to={`/invoices/${related.id}`}>{invoiceTitle(related)}</Link>
            </Fact>
          )}
        </dl>
      </div>
    </section>
  );
}
