import { useContext, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { db } from '../../db';
import { recordPayment } from '../../db/repositories/payments';
import type { FieldErrors } from '../../db/repositories/write-result';
import { isKnownCurrencyCode } from '../../domain/clients/client-codes';
import { invoiceOutstandingMinor } from '../../domain/invoices/invoice-status';
import type { Invoice, Settings } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from '../../ui/BackLink';
import { formatAmountForInput } from '../../shared/form-numbers';
import { todayKey } from '../../domain/time-tracking/time-window';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { PaymentFields } from './PaymentFields';
import { readPaymentForm, type PaymentContext } from './payment-form-values';
import { paymentOutcomeMessage } from './payment-messages';
import { usePaymentFormValues } from './use-payment-form-values';
import { usePaymentParties, type PaymentParties } from './use-payment-parties';

const NO_INVOICE = '';

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
  const announce = useAnnounce();
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const [searchParams] = useSearchParams();
  const preselected = parties.openInvoices.find((invoice) => invoice.id === searchParams.get('invoice'));
  const firstClient = parties.clients[0];

  const [clientId, setClientId] = useState(preselected?.clientId ?? firstClient?.id ?? '');
  const [invoiceId, setInvoiceId] = useState(preselected?.id ?? NO_INVOICE);
  const [projectId, setProjectId] = useState('');
  const [currencyText, setCurrencyText] = useState(preselected?.currency ?? firstClient?.currency ?? settings.baseCurrency);
  const client = parties.clients.find((candidate) => candidate.id === clientId);
  const clientInvoices = parties.openInvoices.filter((invoice) => invoice.clientId === clientId);
  const clientProjects = parties.projects.filter((project) => project.clientId === clientId);
  const invoice = clientInvoices.find((candidate) => candidate.id === invoiceId);
  const currency = invoice?.currency ?? currencyText.trim().toUpperCase();
  const currencyKnown = isKnownCurrencyCode(currency);
  const [values, setValues] = usePaymentFormValues(
    () => ({
      date: todayKey(Date.now(), timeZone),
      amount: preselected === undefined ? '' : formatAmountForInput(invoiceOutstandingMinor(preselected), preselected.currency, locale),
      fee: '',
      method: preselected === undefined ? 'platform' : 'bank',
      exchangeRate: '',
      reference: preselected?.number ?? '',
    }),
    currencyKnown ? currency : settings.baseCurrency,
    settings.baseCurrency,
    locale,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const context: PaymentContext = {
    clientId,
    currency: currencyKnown ? currency : settings.baseCurrency,
    baseCurrency: settings.baseCurrency,
    locale,
    ...(invoice === undefined ? {} : { invoiceId: invoice.id }),
    ...(invoice === undefined && projectId !== '' ? { projectId } : {}),
  };

  const chooseClient = (id: string) => {
    setClientId(id);
    setInvoiceId(NO_INVOICE);
    setProjectId('');
    setCurrencyText(parties.clients.find((candidate) => candidate.id === id)?.currency ?? settings.baseCurrency);
  };

  const chooseInvoice = (id: string) => {
    setInvoiceId(id);
    const chosen = clientInvoices.find((candidate) => candidate.id === id);
    if (chosen !== undefined) {
      setValues({ ...values, amount: formatAmountForInput(invoiceOutstandingMinor(chosen), chosen.currency, locale), method: 'bank', reference: chosen.number ?? values.reference });
    }
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!currencyKnown) {
      setErrors({ currency: 'Use a three-letter currency code, such as EUR or USD' });
      return;
    }
    const reading = readPaymentForm(values, context);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setSaving(true);
    try {
      const result = await recordPayment(db, reading.input);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      announce(
        invoice === undefined
          ? `Payment of ${formatMoney(reading.input.amountMinor, reading.input.currency, locale)} recorded`
          : paymentOutcomeMessage(invoice, reading.input.amountMinor, invoiceOutstandingMinor(invoice), locale),
        'success',
      );
      void navigate(invoice === undefined ? '/payments' : `/invoices/${invoice.id}`);
    } catch (error) {
      announce(`The payment was not saved: ${error instanceof Error ? error.message : String(error)}`, 'danger');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <BackLink to="/payments" label="Payments" />
      <PageHeader title="Record payment" description="Money that arrived: against an invoice, or on its own, as marketplace payouts usually come." />
      <form className="payment-page-form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Record payment">
        <div className="card">
          <section className="payment-form-section" aria-label="From">
            <div className="payment-form-intro">
              <h2>From</h2>
              <p>Who paid, and what the money settles. Without an invoice it counts as earnings from the client, and a project if you pick one.</p>
            </div>
            <div className="form-grid">
              <SelectField label="Client" value={clientId} error={errors.clientId} onChange={(event) => chooseClient(event.target.value)} data-autofocus="">
                {parties.clients.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Invoice" value={invoiceId} error={errors.invoiceId} onChange={(event) => chooseInvoice(event.target.value)}>
                <option value={NO_INVOICE}>{clientInvoices.length === 0 ? 'No open invoice: earnings without one' : 'No invoice: earnings without one'}</option>
                {clientInvoices.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {invoiceOptionLabel(candidate, locale)}
                  </option>
                ))}
              </SelectField>
              {invoice === undefined && (
                <>
                  <SelectField label="Project" value={projectId} error={errors.projectId} hint="Optional: the work the money was for" onChange={(event) => setProjectId(event.target.value)}>
                    <option value="">No particular project</option>
                    {clientProjects.map((project) => (
                      <option key={project.id} value={project.id}>
                        {project.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label="Currency"
                    value={currencyText}
                    error={errors.currency}
                    hint={client === undefined ? undefined : `${client.name} is billed in ${client.currency}`}
                    maxLength={3}
                    autoComplete="off"
                    className="payment-currency-input"
                    onChange={(event) => setCurrencyText(event.target.value.toUpperCase())}
                  />
                </>
              )}
            </div>
          </section>
          <section className="payment-form-section" aria-label="Payment">
            <div className="payment-form-intro">
              <h2>Payment</h2>
              <p>{invoice === undefined ? `Amounts in ${currency || 'the payment currency'}.` : `Amounts in ${invoice.currency}, the invoice’s currency.`} A partial payment leaves the rest outstanding.</p>
            </div>
            <PaymentFields values={values} onChange={setValues} errors={errors} context={context} />
          </section>
        </div>
        <div className="payment-form-actions">
          <Button variant="secondary" onClick={() => void navigate('/payments')} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={saving} aria-busy={saving}>
            Save payment
          </Button>
        </div>
      </form>
    </div>
  );
}
