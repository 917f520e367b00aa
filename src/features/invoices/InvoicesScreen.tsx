import { Link } from 'react-router';
import { AreaIcon } from '../../app/AreaIcon';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { todayKey } from '../time/time-window';
import { useDisplayTimeZone } from '../time/use-display-time-zone';
import { useNow } from '../time/use-now';
import { invoicesCountSummary } from './invoice-labels';
import { invoiceTotalsByCurrency } from './invoice-totals-by-currency';
import { InvoicesTable } from './InvoicesTable';
import { InvoiceTotalsSummary } from './InvoiceTotalsSummary';
import { useInvoices } from './use-invoices';
import './invoices.css';

/** A day's resolution is all "overdue" needs; checking each minute catches midnight without a reload. */
const TODAY_REFRESH_MS = 60_000;

/** Every invoice and credit note, what is still owed, and what is overdue. */
export function InvoicesScreen() {
  const view = useInvoices();
  const timeZone = useDisplayTimeZone();
  const today = todayKey(useNow(TODAY_REFRESH_MS), timeZone);

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Invoices" />
      </div>
    );
  }

  if (view.invoices.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Invoices" />
        <EmptyState
          icon={<AreaIcon area="invoices" />}
          title="No invoices yet"
          description={
            <>
              <p>
                Invoices are built from tracked time and fixed fees, numbered in sequence when issued, and followed until paid. This
                list will show what each client owes and what is overdue.
              </p>
              <p>Your business name, address, tax ID and payment instructions print on every invoice: fill them in under Settings.</p>
            </>
          }
          actions={
            <>
              <DemoDataButton variant="primary" />
              <Link to="/settings" className="button button-secondary">
                Open Settings
              </Link>
            </>
          }
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader
        title="Invoices"
        description={<InvoiceTotalsSummary countLine={invoicesCountSummary(view.invoices)} totals={invoiceTotalsByCurrency(view.invoices, today)} />}
      />
      <InvoicesTable invoices={view.invoices} clientsById={view.clientsById} today={today} />
    </div>
  );
}
