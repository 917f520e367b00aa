import { AreaIcon } from '../../app/AreaIcon';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { paymentTotalsByCurrency } from './payment-totals';
import { PaymentsTable } from './PaymentsTable';
import { PaymentTotalsSummary } from './PaymentTotalsSummary';
import { usePayments } from './use-payments';
import './payments.css';

/** Money that actually arrived: earnings come from payments, never from invoices alone. */
export function PaymentsScreen() {
  const view = usePayments();

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Payments" />
      </div>
    );
  }

  if (view.payments.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Payments" />
        <EmptyState
          icon={<AreaIcon area="payments" />}
          title="No payments yet"
          description={
            <>
              <p>
                Record what each client actually paid, and what the platform or payment service kept as a fee. Your earnings are
                counted from payments, so the net you see here is the money that reached you.
              </p>
              <p>Payments can settle an invoice or stand alone, as marketplace payouts often do. Load demo data to see a year of them.</p>
            </>
          }
          actions={<DemoDataButton variant="primary" />}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Payments" description={<PaymentTotalsSummary totals={paymentTotalsByCurrency(view.payments)} />} />
      <PaymentsTable payments={view.payments} clientsById={view.clientsById} invoicesById={view.invoicesById} />
    </div>
  );
}
