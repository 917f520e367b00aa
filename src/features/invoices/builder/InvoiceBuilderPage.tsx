import { useContext, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../../shared/settings-context';
import type { Client, Invoice, Settings } from '../../../domain/model';
import { localDayKey } from '../../../domain/time';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { BackLink } from '../../../ui/BackLink';
import { formatPercentForInput } from '../../../shared/decimal-input';
import { initialBuilderState } from './builder-state';
import { builderStateFromDraft } from './draft-state';
import { InvoiceBuilder } from './InvoiceBuilder';
import { useBuilderRecords, useClientBillingSources } from './use-builder-sources';
import widePage from '../wide-page.module.css';

function Loading({ title }: { title: string }) {
  return (
    <div className={`page ${widePage.widePage}`} aria-busy="true">
      <BackLink to="/invoices" label="Invoices" />
      <PageHeader title={title} />
    </div>
  );
}

/** /invoices/new (optionally ?client=…) and /invoices/:invoiceId/edit for a draft. */
export function InvoiceBuilderPage({ mode }: { mode: 'new' | 'edit' }) {
  const { invoiceId = '' } = useParams();
  const settings = useContext(SettingsContext);
  const data = useBuilderRecords(mode, invoiceId);
  const title = mode === 'new' ? 'New invoice' : 'Edit draft';

  if (data === undefined || settings === undefined) return <Loading title={title} />;

  if (mode === 'edit' && (data.draft === undefined || data.draft.deletedAt !== undefined || data.draft.status !== 'draft')) {
    return (
      <div className="page">
        <BackLink to="/invoices" label="Invoices" />
        <PageHeader title="This draft cannot be edited" />
        <EmptyState
          title={data.draft === undefined || data.draft.deletedAt !== undefined ? 'The draft no longer exists' : 'The invoice has been issued'}
          description={<p>An issued invoice does not change; correct it with a credit note from its page.</p>}
          actions={
            data.draft !== undefined && (
              <Link to={`/invoices/${data.draft.id}`} className="button button-secondary">
                Open the invoice
              </Link>
            )
          }
        />
      </div>
    );
  }

  if (data.clients.length === 0) {
    return (
      <div className="page">
        <BackLink to="/invoices" label="Invoices" />
        <PageHeader title={title} />
        <EmptyState
          title="Add a client first"
          description={<p>An invoice is addressed to a client and priced in their currency. Add one, track some time, then come back.</p>}
          actions={
            <Link to="/clients/new" className="button button-primary">
              New client
            </Link>
          }
        />
      </div>
    );
  }

  if (data.draft !== undefined) return <EditDraft draft={data.draft} clients={data.clients} settings={settings} />;
  return <NewInvoice clients={data.clients} settings={settings} />;
}

function BuilderFrame({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <div className={`page ${widePage.widePage}`}>
      <BackLink to="/invoices" label="Invoices" />
      <PageHeader title={title} description={description} />
      {children}
    </div>
  );
}

function NewInvoice({ clients, settings }: { clients: readonly Client[]; settings: Settings }) {
  const locale = useDisplayLocale();
  const [searchParams] = useSearchParams();
  const [today] = useState(() => localDayKey(Date.now(), settings.timeZone));
  const requested = clients.find((client) => client.id === searchParams.get('client'));
  const initial = initialBuilderState({
    clientId: requested?.id ?? '',
    from: '',
    to: '',
    taxRate: formatPercentForInput(0, locale),
    paymentTermsDays: String(requested?.paymentTermsDays ?? settings.defaultPaymentTermsDays),
  });
  return (
    <BuilderFrame title="New invoice" description="Bill tracked time, fixed prices and expenses. Totals follow every change; nothing is numbered until you issue it.">
      <InvoiceBuilder clients={clients} settings={settings} initial={initial} draft={undefined} today={today} locale={locale} />
    </BuilderFrame>
  );
}

function EditDraft({ draft, clients, settings }: { draft: Invoice; clients: readonly Client[]; settings: Settings }) {
  const locale = useDisplayLocale();
  const sources = useClientBillingSources(draft.clientId, draft);
  const [today] = useState(() => localDayKey(Date.now(), settings.timeZone));
  const client = clients.find((candidate) => candidate.id === draft.clientId);
  if (sources === undefined) return <Loading title="Edit draft" />;
  const initial = builderStateFromDraft(
    draft,
    { entries: sources.entries, projects: sources.projects, rounding: client?.rounding ?? settings.defaultRounding, timeZone: settings.timeZone, locale },
    { from: `${today.slice(0, 7)}-01`, to: today },
    client?.paymentTermsDays ?? settings.defaultPaymentTermsDays,
  );
  return (
    <BuilderFrame title="Edit draft" description={`A draft for ${client?.name ?? 'a client'}. Change anything; the number is given when you issue it.`}>
      <InvoiceBuilder key={draft.id} clients={clients} settings={settings} initial={initial} draft={draft} today={today} locale={locale} />
    </BuilderFrame>
  );
}
