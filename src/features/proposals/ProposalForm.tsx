import { useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import type { EvidenceItem } from '../../domain/evidence/evidence-items';
import { evidenceText } from '../../domain/evidence/evidence-text';
import { formatMoney } from '../../domain/money';
import type { Client, Proposal } from '../../domain/model';
import { bidValueMinor } from '../../domain/proposals/proposal-value';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { EvidencePanel } from './EvidencePanel';
import { insertAtCursor } from './insert-at-cursor';
import { ProposalBidFields } from './ProposalBidFields';
import { readProposalForm, type ProposalFormValues } from './proposal-form-values';
import { ProposalPartyFields } from './ProposalPartyFields';
import { useProposalForm } from './use-proposal-form';
import { DraftNotice } from '../../shared/DraftNotice';
import styles from './ProposalForm.module.css';
import { useFocusFirstProblem } from '../../shared/use-focus-first-problem';

interface ProposalFormProps {
  /** The proposal being edited; a new one is created without it. */
  proposal?: Proposal;
  initialValues: ProposalFormValues;
  clients: readonly Client[];
  cancelTo: string;
}

function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className={`card ${styles.proposalFormSection}`}>
      <div className={styles.proposalFormSectionHeader}>
        <h2 className="section-title">{title}</h2>
        {description !== undefined && <p className="section-description">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/** "$3,420.00", or '' when the figures cannot be read yet. */
function bidValueText(values: ProposalFormValues, locale: string): string {
  const reading = readProposalForm(values, locale);
  if (!reading.ok) return '';
  const value = bidValueMinor(reading.fields);
  if (value === undefined || value === 0) return '';
  try {
    return formatMoney(value, reading.fields.currency, locale);
  } catch {
    return '';
  }
}

/**
 * Writing a proposal: the job, who it is for, the bid and the cover letter, with the evidence helper beside it.
 * Every message shows beside its field, and nothing is stored until all of them are resolved.
 */
export function ProposalForm({ proposal, initialValues, clients, cancelTo }: ProposalFormProps) {
  const locale = useDisplayLocale();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const form = useProposalForm({ proposal, initialValues, clients });
  const { values, errors, setValue } = form;
  const formRef = useFocusFirstProblem(form.failedAttempts);
  const coverLetterRef = useRef<HTMLTextAreaElement>(null);
  /** Set once the cover letter has had focus: until then "at the cursor" means at the end. */
  const caretPlaced = useRef(false);
  const pendingCaret = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === undefined) return;
    pendingCaret.current = undefined;
    coverLetterRef.current?.setSelectionRange(caret, caret);
  }, [values.coverLetter]);

  const insertEvidence = (item: EvidenceItem) => {
    const textarea = coverLetterRef.current;
    const selection = textarea !== null && caretPlaced.current ? { start: textarea.selectionStart, end: textarea.selectionEnd } : undefined;
    const previous = values.coverLetter;
    const { value, caret } = insertAtCursor(previous, selection, evidenceText(item, locale));
    pendingCaret.current = caret;
    caretPlaced.current = true;
    setValue('coverLetter', value);
    announce(`Inserted “${item.title}” into the cover letter`, 'success', { label: 'Undo', run: () => setValue('coverLetter', previous) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) void navigate(`/proposals/${saved.id}`);
  };

  const locked = proposal?.projectId !== undefined;
  return (
    <form ref={formRef} className={styles.proposalFormLayout} onSubmit={(event) => void submit(event)} noValidate>
      <div className={styles.proposalFormMain}>
        <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
        <FormSection title="The job" description="Paste the post as the client wrote it: the evidence helper reads it.">
          <div className="form-grid">
            <TextField label="Title" value={values.title} onChange={(event) => setValue('title', event.target.value)} error={errors.title} fieldClassName="span-all" autoComplete="off" />
            <TextField
              label="Job link"
              type="url"
              value={values.jobUrl}
              onChange={(event) => setValue('jobUrl', event.target.value)}
              error={errors.jobUrl}
              placeholder="https://"
              fieldClassName="span-all"
              autoComplete="off"
            />
            <TextAreaField
              label="Job post"
              value={values.jobText}
              onChange={(event) => setValue('jobText', event.target.value)}
              error={errors.jobText}
              rows={8}
              fieldClassName="span-all"
            />
          </div>
        </FormSection>
        <FormSection title="Client">
          <ProposalPartyFields values={values} errors={errors} clients={clients} locked={locked} onChange={setValue} />
        </FormSection>
        <FormSection title="Your bid">
          <ProposalBidFields values={values} errors={errors} valueText={bidValueText(values, locale)} onChange={setValue} />
        </FormSection>
        <FormSection title="Cover letter" description="Write it here, and insert evidence from the panel where it makes your case.">
          <TextAreaField
            ref={coverLetterRef}
            label="Cover letter"
            value={values.coverLetter}
            onChange={(event) => setValue('coverLetter', event.target.value)}
            onFocus={() => {
              caretPlaced.current = true;
            }}
            error={errors.coverLetter}
            rows={12}
            hint={`${values.coverLetter.length.toLocaleString(locale)} characters`}
          />
        </FormSection>
        <div className={styles.proposalFormFooter}>
          {proposal === undefined ? (
            <SelectField
              label="Save as"
              value={values.stage}
              onChange={(event) => setValue('stage', event.target.value === 'submitted' ? 'submitted' : 'draft')}
              options={[
                { value: 'draft', label: 'Draft' },
                { value: 'submitted', label: 'Submitted today' },
              ]}
              fieldClassName={styles.proposalStageField}
            />
          ) : (
            <span />
          )}
          <div className="cluster">
            {form.otherErrors.length > 0 && (
              <p className="field-error" role="alert">
                {form.otherErrors.join(' ')}
              </p>
            )}
            <Link to={cancelTo} className="button button-secondary">
              Cancel
            </Link>
            <Button variant="primary" type="submit" disabled={form.saving} aria-busy={form.saving}>
              Save proposal
            </Button>
          </div>
        </div>
      </div>
      <aside className={styles.proposalFormAside}>
        <EvidencePanel jobText={values.jobText} onInsert={insertEvidence} />
      </aside>
    </form>
  );
}
