import { Link, useSearchParams } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { Button } from '../../ui/Button';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { useBusinessDetailsMissing } from '../../shared/settings-context';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useNow } from '../../shared/use-now';
import { DownloadIcon, PlusIcon } from '../../ui/icons';
import { invoicesCountSummary } from './invoice-labels';
import { INVOICE_LIST_FILTERS, invoiceFilterCounts, isInvoiceListFilter, matchesInvoiceFilter, noInvoicesMessage, type InvoiceListFilter } from './invoice-list-filter';
import { invoiceTotalsByCurrency } from './invoice-totals-by-currency';
import { invoicesCsv, invoicesCsvFileName } from '../../domain/invoices/invoices-csv';
import { InvoicesTable } from './InvoicesTable';
import { InvoiceStatusTabs } from './InvoiceStatusTabs';
import { InvoiceSummaryCards } from './InvoiceSummaryCards';
import { countOf, useCsvExport } from '../../shared/use-csv-export';
import { useInvoices } from './use-invoices';

/** A day's resolution is all "overdue" needs; checking each minute catches midnight without a reload. */
const TODAY_REFRESH_MS = 60_000;

function NewInvoiceLink({ primary }: { primary: boolean }) {
  return (
    <Link to="/invoices/new" className={`button ${primary ? 'button-primary' : 'button-secondary'}`}>
      <PlusIcon />
      New invoice
    </Link>
  );
}

function EmptyInvoices() {
  const businessMissing = useBusinessDetailsMissing();
  return (
    <div className="page">
      <PageHeader title="Invoices" actions={<NewInvoiceLink primary={false} />} />
      <EmptyState
        icon={<AreaIcon area="invoices" />}
        title="No invoices yet"
        description={
          <>
            <p>
              Invoices are built from tracked time and fixed fees, numbered in sequence when issued, and followed until paid. This list
              will show what each client owes and what is overdue.
            </p>
            {businessMissing && <p>Your business name, address, tax ID and payment instructions print on every invoice: fill them in under Settings.</p>}
          </>
        }
        actions={
          <>
            <DemoDataButton variant="primary" />
            {businessMissing && (
              <Link to="/settings" className="button button-secondary">
                Open Settings
              </Link>
            )}
          </>
        }
      />
    </div>
  );
}

/** Every invoice and credit note by status, with what is still owed and what is overdue, per currency. */
export function InvoiceListPage() {
  const view = useInvoices();
  const timeZone = useDisplayTimeZone();
  const today = todayKey(useNow(TODAY_REFRESH_MS), timeZone);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('status');
  const filter: InvoiceListFilter = isInvoiceListFilter(requested) ? requested : 'all';
  const { save, saving } = useCsvExport();

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Invoices" />
      </div>
    );
  }
  if (view.invoices.length === 0) return <EmptyInvoices />;

  const counts = invoiceFilterCounts(view.invoices, today);
  const shown = view.invoices.filter((invoice) => matchesInvoiceFilter(invoice, filter, today));
  const filterLabel = INVOICE_LIST_FILTERS.find((option) => option.value === filter)?.label;
  const invoicesById = new Map(view.invoices.map((invoice) => [invoice.id, invoice]));

  const exportShown = () =>
    save({
      suggestedName: invoicesCsvFileName(today, filter === 'all' ? undefined : filterLabel),
      content: invoicesCsv(shown, { clientsById: view.clientsById, invoicesById, today }),
      summary: countOf(shown.length, 'invoice', 'invoices'),
    });

  return (
    <div className="page">
      <PageHeader
        title="Invoices"
        description={invoicesCountSummary(view.invoices)}
        actions={
          <>
            <Button onClick={() => void exportShown()} disabled={saving || shown.length === 0} aria-busy={saving}>
              <DownloadIcon />
              Export invoices CSV
            </Button>
            <NewInvoiceLink primary />
          </>
        }
      />
      <div className="stack-lg">
        <InvoiceSummaryCards totals={invoiceTotalsByCurrency(view.invoices, today)} outstandingCount={counts.outstanding} overdueCount={counts.overdue} draftCount={counts.draft} />
        <div className="stack">
          <InvoiceStatusTabs
            filter={filter}
            counts={counts}
            onChange={(next) => setSearchParams(next === 'all' ? {} : { status: next }, { replace: true })}
          />
          <InvoicesTable invoices={shown} clientsById={view.clientsById} today={today} emptyMessage={noInvoicesMessage(filter)} />
        </div>
      </div>
    </div>
  );
}
