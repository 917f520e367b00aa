import { useContext, useId } from 'react';
import { useParams } from 'react-router';
import { SettingsContext } from '../../../shared/settings-context';
import { formatInvoiceNumber } from '../../../domain/invoices/invoice-number';
import { draftIssueRefusal } from '../../../domain/invoices/invoice-refusals';
import { invoiceDisplayStatus, isInvoiceCredited } from '../../../domain/invoices/invoice-status';
import { invoiceDocumentParts, renderInvoiceDocument, type InvoiceDocumentInput } from '../../../domain/invoices/invoice-document';
import type { Client, Invoice, Settings } from '../../../domain/model';
import { Badge } from '../../../ui/Badge';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { BackLink } from '../../../ui/BackLink';
import { todayKey } from '../../../domain/time-tracking/time-window';
import { useNow } from '../../../shared/use-now';
import { INVOICE_STATUS_LABELS } from '../../../domain/invoices/invoice-status-labels';
import { INVOICE_STATUS_TONES, invoiceTitle } from '../invoice-labels';
import { IssueRefusalNote } from '../IssueRefusalNote';
import { documentWording, invoiceForDocument } from './document-invoice';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceFacts } from './InvoiceFacts';
import { InvoicePaymentsCard } from './InvoicePaymentsCard';
import { InvoicePreview } from './InvoicePreview';
import { useInvoiceCommands } from './use-invoice-commands';
import { useDocumentPalette } from './use-document-palette';
import { useInvoiceDetail, type InvoiceDetail } from './use-invoice-detail';
import widePage from '../wide-page.module.css';
import styles from './InvoiceDetailPage.module.css';

const TODAY_REFRESH_MS = 60_000;

function Subtitle({ invoice, client, today }: { invoice: Invoice; client: Client | undefined; today: string }) {
  const status = invoiceDisplayStatus(invoice, today);
  return (
    <span className={styles.subtitle}>
      <Badge tone={INVOICE_STATUS_TONES[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>
      {isInvoiceCredited(invoice) && <Badge>Credited</Badge>}
      <span>{client?.name ?? 'Deleted client'}</span>
    </span>
  );
}

/** /invoices/:invoiceId — the document as it prints, what is owed on it, and what can be done next. */
export function InvoiceDetailPage() {
  const { invoiceId = '' } = useParams();
  const detail = useInvoiceDetail(invoiceId);
  const settings = useContext(SettingsContext);

  if (detail === undefined || settings === undefined) {
    return (
      <div className={`page ${widePage.widePage}`} aria-busy="true">
        <BackLink to="/invoices" label="Invoices" />
      </div>
    );
  }
  if (detail === null) {
    return (
      <div className="page">
        <BackLink to="/invoices" label="Invoices" />
        <PageHeader title="Invoice not found" />
        <EmptyState title="This invoice no longer exists" description={<p>A draft may have been deleted. Every other invoice is in the list.</p>} />
      </div>
    );
  }
  return <InvoiceDetailView detail={detail} settings={settings} />;
}

function InvoiceDetailView({ detail, settings }: { detail: InvoiceDetail; settings: Settings }) {
  const { invoice, client, payments, related } = detail;
  const today = todayKey(useNow(TODAY_REFRESH_MS), settings.timeZone);
  const commands = useInvoiceCommands(invoice, today);
  const palette = useDocumentPalette();
  const documentInvoice = invoiceForDocument(invoice, settings, client);
  const documentInput: InvoiceDocumentInput = { invoice: documentInvoice, ...documentWording(documentInvoice, settings), palette };
  const nextNumber = formatInvoiceNumber(settings.invoiceNumberFormat, { sequence: settings.nextInvoiceSequence, issueDate: today });
  const issueRefusal = invoice.status === 'draft' ? draftIssueRefusal(invoice) : undefined;
  const issueRefusalId = useId();

  return (
    <div className={`page ${widePage.widePage}`}>
      <BackLink to="/invoices" label="Invoices" />
      <PageHeader
        title={invoiceTitle(invoice)}
        description={<Subtitle invoice={invoice} client={client} today={today} />}
        actions={
          <InvoiceActions
            invoice={invoice}
            client={client}
            commands={commands}
            nextNumber={nextNumber}
            onSavePdf={() => void commands.savePdf(documentInvoice, renderInvoiceDocument(documentInput), client?.name ?? documentInvoice.buyer?.name ?? '')}
            issueRefusalId={issueRefusal === undefined ? undefined : issueRefusalId}
          />
        }
      />
      {issueRefusal !== undefined && (
        <div className={styles.refusal}>
          <IssueRefusalNote id={issueRefusalId} message={issueRefusal} />
        </div>
      )}
      <div className={styles.detail}>
        <div>
          <InvoicePreview content={invoiceDocumentParts(documentInput)} />
        </div>
        <div className={styles.side}>
          <InvoiceFacts invoice={invoice} client={client} related={related} today={today} timeZone={settings.timeZone} />
          {invoice.kind === 'invoice' && invoice.status !== 'draft' && <InvoicePaymentsCard payments={payments} />}
        </div>
      </div>
    </div>
  );
}
