import type { FormEvent } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { publicClientName } from '../../domain/clients/client-display';
import { formatMoney } from '../../domain/money';
import { PROJECT_END_REASONS, projectEndReasonSchema, projectStatusSchema, type Client, type Project } from '../../domain/model';
import { rankSkillSuggestions, type SkillUsage } from '../../domain/projects/skill-suggestions';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { CheckboxField } from '../../ui/CheckboxField';
import { PROJECT_END_REASON_LABELS, PROJECT_STATUS_LABELS } from './project-labels';
import { projectCurrency, type BillingKind, type ProjectFormValues } from './project-form-values';
import { RecordFormSection } from '../../ui/RecordFormSection';
import { TagsField } from '../../ui/TagsField';
import styles from './ProjectForm.module.css';
import { useProjectForm } from './use-project-form';
import { FormActionBar } from '../../ui/FormActionBar';
import { FormProblems } from '../../ui/FormProblems';
import { DraftNotice } from '../../shared/DraftNotice';
import { ClientOptions } from '../../shared/ClientOptions';
import { useFocusFirstProblem } from '../../shared/use-focus-first-problem';

const BILLING_OPTIONS: { value: BillingKind; label: string }[] = [
  { value: 'hourly', label: 'Hourly' },
  { value: 'fixed', label: 'Fixed price' },
  { value: 'nonBillable', label: 'Not billable' },
];

const STATUS_OPTIONS = projectStatusSchema.options.map((status) => ({ value: status, label: PROJECT_STATUS_LABELS[status] }));
const END_REASON_OPTIONS = PROJECT_END_REASONS.map((reason) => ({ value: reason, label: PROJECT_END_REASON_LABELS[reason] }));

function parseBillingKind(value: string): BillingKind {
  return value === 'fixed' || value === 'nonBillable' ? value : 'hourly';
}

export interface ProjectFormProps {
  initial: ProjectFormValues;
  /** The project being edited; undefined for a new one. */
  stored: Project | undefined;
  /** Clients to choose from: the active ones, plus the project's own even if archived. */
  clients: readonly Client[];
  skillUsage: readonly SkillUsage[];
  today: string;
  onSaved: (project: Project) => void;
  onCancel: () => void;
}

function ClientRateHint({ client, rateTyped, onUseClientRate }: { client: Client | undefined; rateTyped: boolean; onUseClientRate: () => void }) {
  const locale = useDisplayLocale();
  if (client?.defaultRateMinor === undefined) return <>Per hour. This client has no default rate.</>;
  const rate = formatMoney(client.defaultRateMinor, client.currency, locale);
  if (!rateTyped) return <>The client’s default, {rate} per hour. Type another to override it.</>;
  return (
    <>
      Overrides the client’s {rate}.{' '}
      <button type="button" className={styles.linkButton} onClick={onUseClientRate}>
        Use the client’s rate
      </button>
    </>
  );
}

/** Create or edit a project. Every message appears under its field; nothing is stored while any field is wrong. */
export function ProjectForm({ initial, stored, clients, skillUsage, today, onSaved, onCancel }: ProjectFormProps) {
  const clientsById = new Map(clients.map((client) => [client.id, client]));
  const form = useProjectForm(initial, stored, clientsById, today);
  const formRef = useFocusFirstProblem(form.failedAttempts);
  const { values, errors, setValue } = form;
  const client = clientsById.get(values.clientId);
  const currency = projectCurrency(stored, values.clientId, clientsById);
  const finished = values.status === 'completed' || values.status === 'cancelled';

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) onSaved(saved);
  };

  const inCurrency = currency === '' ? 'the client’s currency' : currency;

  return (
    <form ref={formRef} className={styles.form} noValidate aria-label={stored === undefined ? 'New project' : 'Edit project'} onSubmit={(event) => void handleSubmit(event)}>
      <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
      <div className={`card ${styles.card}`}>
        <RecordFormSection title="Project" description="One piece of work for one client. Time, invoices and feedback hang off it.">
          <SelectField
            label="Client"
            value={values.clientId}
            error={errors.clientId}
            hint={client?.confidential === true ? `Confidential: shown to others as ${publicClientName(client)}.` : undefined}
            onChange={(event) => setValue('clientId', event.target.value)}
          >
            {values.clientId === '' && <option value="">Choose a client…</option>}
            {values.clientId !== '' && client === undefined && <option value={values.clientId}>A deleted client</option>}
            <ClientOptions clients={clients} />
          </SelectField>
          <TextField label="Name" autoFocus={stored === undefined} autoComplete="off" value={values.name} error={errors.name} onChange={(event) => setValue('name', event.target.value)} />
          <TextAreaField
            label="Description"
            fieldClassName="span-all"
            rows={3}
            hint="For you: scope, contacts, anything to remember. Never shown outside the app."
            value={values.description}
            error={errors.description}
            onChange={(event) => setValue('description', event.target.value)}
          />
          <SelectField
            label="Status"
            options={STATUS_OPTIONS}
            value={values.status}
            error={errors.status}
            onChange={(event) => {
              const parsed = projectStatusSchema.safeParse(event.target.value);
              if (parsed.success) setValue('status', parsed.data);
            }}
          />
          <TextField label="Start date" type="date" value={values.startDate} error={errors.startDate} onChange={(event) => setValue('startDate', event.target.value)} />
          <TextField label="Due date" type="date" hint="Optional: when the client expects it." value={values.dueDate} error={errors.dueDate} onChange={(event) => setValue('dueDate', event.target.value)} />
          {finished && (
            <>
              <TextField label="End date" type="date" hint="When the work finished or stopped." value={values.endDate} error={errors.endDate} onChange={(event) => setValue('endDate', event.target.value)} />
              <SelectField
                label="Why it ended"
                value={values.endReason}
                error={errors.endReason}
                hint="What a client did never counts against you in job success."
                onChange={(event) => {
                  const parsed = projectEndReasonSchema.safeParse(event.target.value);
                  setValue('endReason', parsed.success ? parsed.data : '');
                }}
              >
                {values.endReason === '' && <option value="">Not recorded</option>}
                {END_REASON_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
            </>
          )}
        </RecordFormSection>

        <RecordFormSection title="Billing and budget" description={`How the work is charged, and what it may take. Amounts are in ${inCurrency}.`}>
          <SelectField label="Billing" options={BILLING_OPTIONS} value={values.billingKind} error={errors.billingKind} onChange={(event) => setValue('billingKind', parseBillingKind(event.target.value))} />
          {values.billingKind === 'hourly' && (
            <TextField
              label="Hourly rate"
              inputMode="decimal"
              autoComplete="off"
              hint={<ClientRateHint client={client} rateTyped={form.rateTyped} onUseClientRate={form.applyClientRate} />}
              value={values.hourlyRate}
              error={errors.hourlyRate}
              onChange={(event) => setValue('hourlyRate', event.target.value)}
            />
          )}
          {values.billingKind === 'fixed' && (
            <TextField
              label="Fixed price"
              inputMode="decimal"
              autoComplete="off"
              hint="The whole price agreed for the work."
              value={values.fixedPrice}
              error={errors.fixedPrice}
              onChange={(event) => setValue('fixedPrice', event.target.value)}
            />
          )}
          {values.billingKind === 'nonBillable' && <p className={styles.note}>Time on this project is tracked but never invoiced.</p>}
          <TextField
            label="Budget (hours)"
            inputMode="decimal"
            autoComplete="off"
            hint="All time tracked counts against it. Warned at 80 %, alerted at 100 %."
            value={values.budgetHours}
            error={errors.budgetHours}
            onChange={(event) => setValue('budgetHours', event.target.value)}
          />
          <TextField
            label="Budget (amount)"
            inputMode="decimal"
            autoComplete="off"
            hint={values.billingKind === 'hourly' ? 'Billable time at the hourly rate counts against it.' : 'What is invoiced on the project counts against it.'}
            value={values.budgetAmount}
            error={errors.budgetAmount}
            onChange={(event) => setValue('budgetAmount', event.target.value)}
          />
        </RecordFormSection>

        <RecordFormSection title="Skills" description="What the work took. They feed your portfolio and the evidence offered for new proposals.">
          <div className="span-all">
            <TagsField
              label="Skills"
              noun="skill"
              placeholder="React, TypeScript…"
              hint="Suggestions come from skills on your other projects. Press Enter or a comma after each."
              values={values.skills}
              error={errors.skills}
              onChange={(skills) => setValue('skills', skills)}
              suggest={(query, chosen) => rankSkillSuggestions(query, skillUsage, chosen)}
            />
          </div>
        </RecordFormSection>

        <RecordFormSection title="Portfolio" description="What others may read about this project. A confidential client appears only by its alias.">
          <div className="span-all">
            <CheckboxField
              label="Show in portfolio"
              hint="Lists the project in your portfolio and its exports."
              checked={values.portfolioVisible}
              onChange={(checked) => setValue('portfolioVisible', checked)}
            />
          </div>
          <TextAreaField
            label="Portfolio summary"
            fieldClassName="span-all"
            rows={3}
            hint="What you did, in a sentence or two."
            value={values.portfolioSummary}
            error={errors.portfolioSummary}
            onChange={(event) => setValue('portfolioSummary', event.target.value)}
          />
          <TextAreaField
            label="Outcome"
            fieldClassName="span-all"
            rows={2}
            hint="What changed for the client: faster, cheaper, more sales."
            value={values.portfolioOutcome}
            error={errors.portfolioOutcome}
            onChange={(event) => setValue('portfolioOutcome', event.target.value)}
          />
          <TextField
            label="Link"
            type="url"
            fieldClassName="span-all"
            placeholder="https://"
            hint="A live site, case study or repository others may visit."
            value={values.portfolioLink}
            error={errors.portfolioLink}
            onChange={(event) => setValue('portfolioLink', event.target.value)}
          />
        </RecordFormSection>
      </div>

      <FormProblems messages={form.otherErrors} />

      <FormActionBar note={stored === undefined ? 'You can add the budget, skills and portfolio text later.' : 'Changing the client moves the project’s time and feedback with it.'}>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
          Save project
        </Button>
      </FormActionBar>
    </form>
  );
}
