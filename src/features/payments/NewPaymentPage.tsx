import { useContext, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Invoice, Settings } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from '../../ui/BackLink';
import { RecordFormSection } from '../../ui/RecordFormSection';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import {
  chosenInvoice,
  followNewPaymentChoice,
  initialNewPaymentValues,
  newPaymentContext,
  newPaymentCurrency,
  newPaymentRefusals,
  NO_INVOICE,
  type NewPaymentFormValues,
} from './new-payment-form-values';
import { PaymentFields } from './PaymentFields';
import { paymentOutcomeMessage } from './payment-messages';
import { usePaymentForm } from './use-payment-form';
import { usePaymentParties, type PaymentParties } from './use-payments';
import styles from './NewPaymentPage.module.css';
import { ClientOptions } from '../../shared/ClientOptions';

function invoiceOptionLabel(invoice: Invoice, locale: string): string {
  return `${invoice.number ?? 'Draft'} · ${formatMoney(invoiceOutstandingMinor(invoice), invoice.currency, locale)} outstanding`;
}

/** /payments/new: a payment against an open invoice, or money that came without one (marketplace earnings). */
export function NewPaymentPage() {
  const parties = usePaymentParties();
  const settings = useContext(SettingsContext);
  if (parties === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Record payment" />
      </div>
    );
  }
  if (parties.clients.length === 0) {
    return (
      <div className="page">
        <BackLink to="/payments" label="Payments" />
        <PageHeader title="Record payment" />
        <EmptyState title="Add a client first" description={<p>Every payment comes from a client. Add one under Clients, then record what they paid.</p>} />
      </div>
    );
  }
  return <NewPaymentForm parties={parties} settings={settings} />;
}

function NewPaymentForm({ parties, settings }: { parties: PaymentParties; settings: Settings }) {
  const navigate = useNavigate();
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const [searchParams] = useSearchParams();
  const choice = { baseCurrency: settings.baseCurrency, locale };
  const form = usePaymentForm<NewPaymentFormValues>({
    initial: () => initialNewPaymentValues(parties, searchParams.get('invoice'), todayKey(Date.now(), timeZone), choice),
    contextOf: (values) => newPaymentContext(values, parties, choice),
    refusals: (values) => newPaymentRefusals(values, parties),
    follow: followNewPaymentChoice(parties, choice),
    announcement: (payment) => {
      // The invoice as it stood before this payment, for what the payment did to it.
      const invoice = parties.openInvoices.find((candidate) => candidate.id === payment.invoiceId);
      return invoice === undefined
        ? `Payment of ${formatMoney(payment.amountMinor, payment.currency, locale)} recorded`
        : paymentOutcomeMessage(invoice, payment.amountMinor, invoiceOutstandingMinor(invoice), locale);
    },
  });
  const { values, errors, setValue } = form;
  const client = parties.clients.find((candidate) => candidate.id === values.clientId);
  const clientInvoices = parties.openInvoices.filter((invoice) => invoice.clientId === values.clientId);
  const clientProjects = parties.projects.filter((project) => project.clientId === values.clientId);
  const invoice = chosenInvoice(values, parties);
  const currency = newPaymentCurrency(values, parties);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) void navigate(saved.invoiceId === undefined ? '/payments' : `/invoices/${saved.invoiceId}`);
  };

  return (
    <div className="page">
      <BackLink to="/payments" label="Payments" />
      <PageHeader title="Record payment" description="Money that arrived: against an invoice, or on its own, as marketplace payouts usually come." />
      <form className={styles.form} noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Record payment">
        <div className="card">
          <RecordFormSection
            title="From"
            description="Who paid, and what the money settles. Without an invoice it counts as earnings from the client, and a project if you pick one."
          >
            <SelectField label="Client" value={values.clientId} error={errors.clientId} onChange={(event) => setValue('clientId', event.target.value)} data-autofocus="">
              <ClientOptions clients={parties.clients} />
            </SelectField>
            <SelectField label="Invoice" value={invoice?.id ?? NO_INVOICE} error={errors.invoiceId} onChange={(event) => setValue('invoiceId', event.target.value)}>
              <option value={NO_INVOICE}>{clientInvoices.length === 0 ? 'No open invoice: earnings without one' : 'No invoice: earnings without one'}</option>
              {clientInvoices.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {invoiceOptionLabel(candidate, locale)}
                </option>
              ))}
            </SelectField>
            {invoice === undefined && (
              <>
                <SelectField label="Project" value={values.projectId} error={errors.projectId} hint="Optional: the work the money was for" onChange={(event) => setValue('projectId', event.target.value)}>
                  <option value="">No particular project</option>
                  {clientProjects.map((project) => (
                    <option key={project.id} value={project.id}>
                      {project.name}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label="Currency"
                  value={values.currency}
                  error={errors.currency}
                  hint={client === undefined ? undefined : `${client.name} is billed in ${client.currency}`}
                  maxLength={3}
                  autoComplete="off"
                  className={styles.currencyInput}
                  onChange={(event) => setValue('currency', event.target.value.toUpperCase())}
                />
              </>
            )}
          </RecordFormSection>
          <RecordFormSection
            title="Payment"
            description={`${invoice === undefined ? `Amounts in ${currency || 'the payment currency'}.` : `Amounts in ${invoice.currency}, the invoice’s currency.`} A partial payment leaves the rest outstanding.`}
          >
            <PaymentFields values={values} errors={errors} otherErrors={form.otherErrors} context={form.context} onChange={setValue} />
          </RecordFormSection>
        </div>
        <div className={styles.actions}>
          <Button variant="secondary" onClick={() => void navigate('/payments')} disabled={form.saving}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
            Save payment
          </Button>
        </div>
      </form>
    </div>
  );
}
