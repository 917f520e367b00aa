import { useContext, useMemo, type FormEvent } from 'react';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { documentLanguageOptions } from '../../shared/settings-options';
import { currencyName } from '../../domain/clients/client-codes';
import { suggestCountries } from '../../domain/clients/country-choice';
import { paymentTermsLabel, platformLabel } from '../../domain/clients/client-display';
import { platformSchema, type Client } from '../../domain/model';
import { rankSkillSuggestions } from '../../domain/projects/skill-suggestions';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField, type SelectOption } from '../../ui/Field';
import { CheckboxField } from '../../ui/CheckboxField';
import { ComboboxField } from '../../ui/ComboboxField';
import { RecordFormSection } from '../../ui/RecordFormSection';
import { TagsField } from '../../ui/TagsField';
import type { ClientFormValues } from './client-form-values';
import { clientFormWarnings } from './client-form-warnings';
import styles from './ClientForm.module.css';
import { useClientForm } from './use-client-form';
import { FormActionBar } from '../../ui/FormActionBar';
import { FormProblems } from '../../ui/FormProblems';
import { DraftNotice } from '../../shared/DraftNotice';
import { useFocusFirstProblem } from '../../shared/use-focus-first-problem';

const PLATFORM_OPTIONS = platformSchema.options.map((platform) => ({ value: platform, label: platformLabel(platform) }));

/** The document languages, after the choice to follow Settings, which names the language that means today. */
function useInvoiceLanguageOptions(): SelectOption[] {
  const settings = useContext(SettingsContext);
  const options = documentLanguageOptions();
  const fromSettings = options.find((option) => option.value === settings?.documentLanguage)?.label;
  return [{ value: '', label: fromSettings === undefined ? 'As in Settings' : `As in Settings: ${fromSettings}` }, ...options];
}

function currencyHint(code: string, locale: string): string {
  const name = currencyName(code.trim().toUpperCase(), locale);
  return name === undefined ? 'Three-letter code, such as EUR or USD.' : `${name}. Invoices to this client are in this currency.`;
}

function termsHint(days: string): string {
  return /^\d+$/.test(days.trim()) ? `Printed on invoices as “${paymentTermsLabel(Number(days.trim()))}”.` : 'Days from the invoice date; 0 means on receipt.';
}

export interface ClientFormProps {
  initial: ClientFormValues;
  /** The client being edited; undefined for a new one. */
  clientId: string | undefined;
  knownTags: readonly string[];
  /** The live clients, whose names a new name is checked against. */
  clients: readonly Client[];
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

/** Create or edit a client. Every message appears under its field; nothing is stored while any field is wrong. */
export function ClientForm({ initial, clientId, knownTags, clients, onSaved, onCancel }: ClientFormProps) {
  const locale = useDisplayLocale();
  const invoiceLanguageOptions = useInvoiceLanguageOptions();
  const form = useClientForm(initial, clientId);
  const formRef = useFocusFirstProblem(form.failedAttempts);
  const { values, errors, setValue } = form;
  const warnings = clientFormWarnings(values, clients, clientId);
  const countryChoices = useMemo(() => suggestCountries(values.country, locale).map(({ code, name }) => ({ value: code, label: name })), [values.country, locale]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) onSaved(saved);
  };

  const tagUsage = knownTags.map((tag) => ({ skill: tag, projectCount: 1 }));

  return (
    <form ref={formRef} className={styles.form} noValidate aria-label={clientId === undefined ? 'New client' : 'Edit client'} onSubmit={(event) => void handleSubmit(event)}>
      <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
      <div className={`card ${styles.card}`}>
        <RecordFormSection title="Client" description="Who you work for, as it should appear on invoices.">
          <TextField
            label="Name"
            autoFocus={clientId === undefined}
            autoComplete="off"
            value={values.name}
            error={errors.name}
            warning={warnings.name}
            onChange={(event) => setValue('name', event.target.value)}
          />
          <TextField
            label="Company"
            hint="The legal entity, if it differs from the name."
            autoComplete="off"
            value={values.company}
            error={errors.company}
            onChange={(event) => setValue('company', event.target.value)}
          />
          <TextField label="Email" type="email" hint="Where invoices go." autoComplete="off" value={values.email} error={errors.email} onChange={(event) => setValue('email', event.target.value)} />
          <ComboboxField
            label="Country"
            listLabel="Countries"
            hint="Type part of its name, then choose it from the list."
            text={values.country}
            choices={countryChoices}
            error={errors.country}
            onTextChange={(text) => setValue('country', text)}
            onChoose={(choice) => setValue('country', choice.label)}
          />
          <TextAreaField label="Address" rows={3} value={values.address} error={errors.address} onChange={(event) => setValue('address', event.target.value)} />
          <div className="stack">
            <TextField label="Tax ID" hint="VAT or other tax number, for invoices." value={values.taxId} error={errors.taxId} onChange={(event) => setValue('taxId', event.target.value)} />
            <TextField label="Industry" value={values.industry} error={errors.industry} onChange={(event) => setValue('industry', event.target.value)} />
          </div>
        </RecordFormSection>

        <RecordFormSection title="Billing" description="The terms new projects and invoices for this client start from.">
          <TextField
            label="Currency"
            fieldClassName={styles.fieldCode}
            maxLength={3}
            autoComplete="off"
            hint={currencyHint(values.currency, locale)}
            value={values.currency}
            error={errors.currency}
            onChange={(event) => setValue('currency', event.target.value)}
          />
          <TextField
            label="Default hourly rate"
            inputMode="decimal"
            autoComplete="off"
            hint={`Per hour, in ${values.currency.trim().toUpperCase() || 'the client’s currency'}. New hourly projects start from it.`}
            value={values.defaultRate}
            error={errors.defaultRate}
            onChange={(event) => setValue('defaultRate', event.target.value)}
          />
          <TextField
            label="Payment terms (days)"
            inputMode="numeric"
            autoComplete="off"
            hint={termsHint(values.paymentTermsDays)}
            value={values.paymentTermsDays}
            error={errors.paymentTermsDays}
            onChange={(event) => setValue('paymentTermsDays', event.target.value)}
          />
          <SelectField
            label="Invoice language"
            hint="The words, dates and numbers of this client’s invoices."
            options={invoiceLanguageOptions}
            value={values.documentLanguage}
            error={errors.documentLanguage}
            onChange={(event) => setValue('documentLanguage', event.target.value)}
          />
          <SelectField
            label="Platform"
            hint="Where the work comes from; marketplace fees show up in payments."
            options={PLATFORM_OPTIONS}
            value={values.platform}
            error={errors.platform}
            onChange={(event) => {
              const parsed = platformSchema.safeParse(event.target.value);
              if (parsed.success) setValue('platform', parsed.data);
            }}
          />
        </RecordFormSection>

        <RecordFormSection title="Confidentiality" description="Under NDA, a client appears outside the app only by an alias: in your portfolio, its exports and proposal evidence.">
          <div className="span-all">
            <CheckboxField
              label="Confidential (under NDA)"
              hint="Its name, company, email, address and tax ID never leave the app."
              checked={values.confidential}
              onChange={(checked) => setValue('confidential', checked)}
            />
          </div>
          {values.confidential && (
            <TextField
              label="Public alias"
              fieldClassName="span-all"
              placeholder="A European biotech company"
              hint="How others will read this client. Describe it without naming it."
              value={values.publicAlias}
              error={errors.publicAlias}
              warning={warnings.publicAlias}
              onChange={(event) => setValue('publicAlias', event.target.value)}
            />
          )}
        </RecordFormSection>

        <RecordFormSection title="Notes" description="For you alone: tags to group clients, and anything worth remembering.">
          <div className="span-all">
            <TagsField
              label="Tags"
              noun="tag"
              placeholder="retainer, agency…"
              hint="Press Enter or a comma after each tag."
              values={values.tags}
              error={errors.tags}
              onChange={(tags) => setValue('tags', tags)}
              suggest={(query, chosen) => rankSkillSuggestions(query, tagUsage, chosen)}
            />
          </div>
          <TextAreaField label="Notes" fieldClassName="span-all" rows={4} value={values.notes} error={errors.notes} onChange={(event) => setValue('notes', event.target.value)} />
        </RecordFormSection>
      </div>

      <FormProblems messages={form.otherErrors} />

      <FormActionBar note={clientId === undefined ? 'Only the name is required; the rest can wait.' : 'Changes apply to new invoices; issued ones keep their copy.'}>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
          Save client
        </Button>
      </FormActionBar>
    </form>
  );
}
