import { Link, useSearchParams } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { Button } from '../../ui/Button';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { DownloadIcon, PlusIcon } from '../../ui/icons';
import { countOf, useCsvExport } from '../../shared/use-csv-export';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { PaymentFilterBar } from './PaymentFilterBar';
import { hasPaymentFilters, paymentFiltersFromSearch, paymentFiltersToSearch, paymentPeriodError } from './payment-filters';
import { paymentsCsv, paymentsCsvFileName } from '../../domain/payments/payments-csv';
import { PaymentsTable } from './PaymentsTable';
import { PaymentSummaryCards } from './PaymentSummaryCards';
import { usePayments } from './use-payments';

function RecordPaymentLink({ primary }: { primary: boolean }) {
  return (
    <Link to="/payments/new" className={`button ${primary ? 'button-primary' : 'button-secondary'}`}>
      <PlusIcon />
      Record payment
    </Link>
  );
}

function EmptyPayments() {
  return (
    <div className="page">
      <PageHeader title="Payments" actions={<RecordPaymentLink primary={false} />} />
      <EmptyState
        icon={<AreaIcon area="payments" />}
        title="No payments yet"
        description={
          <>
            <p>
              Record what each client actually paid, and what the platform or payment service kept as a fee. Your earnings are counted
              from payments, so the net you see here is the money that reached you.
            </p>
            <p>Payments can settle an invoice or stand alone, as marketplace payouts often do. Load demo data to see a year of them.</p>
          </>
        }
        actions={<DemoDataButton variant="primary" />}
      />
    </div>
  );
}

/** Money that actually arrived, filtered by client, period and method: earnings come from payments, never from invoices alone. */
export function PaymentListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = paymentFiltersFromSearch(searchParams);
  const view = usePayments(filters);
  const timeZone = useDisplayTimeZone();
  const { save, saving } = useCsvExport();

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Payments" />
      </div>
    );
  }
  if (!view.anyPayments) return <EmptyPayments />;

  const today = todayKey(Date.now(), timeZone);
  const filtered = hasPaymentFilters(filters);
  const exportShown = () =>
    save({
      suggestedName: paymentsCsvFileName(filters, today),
      content: paymentsCsv(view.payments, { clientsById: view.clientsById, invoicesById: view.invoicesById }),
      summary: countOf(view.payments.length, 'payment', 'payments'),
    });

  return (
    <div className="page">
      <PageHeader
        title="Payments"
        description={filtered ? `${countOf(view.payments.length, 'payment', 'payments')} match the filters.` : 'Every payment received, newest first, with the fees taken on the way.'}
        actions={
          <>
            <Button onClick={() => void exportShown()} disabled={saving || view.payments.length === 0} aria-busy={saving}>
              <DownloadIcon />
              Export payments CSV
            </Button>
            <RecordPaymentLink primary />
          </>
        }
      />
      <div className="stack-lg">
        <PaymentFilterBar filters={filters} clients={view.clients} onChange={(next) => setSearchParams(paymentFiltersToSearch(next), { replace: true })} />
        <PaymentSummaryCards payments={view.payments} />
        <PaymentsTable
          payments={view.payments}
          clientsById={view.clientsById}
          invoicesById={view.invoicesById}
          emptyMessage={paymentPeriodError(filters) ?? 'No payment matches these filters.'}
        />
      </div>
    </div>
  );
}
