import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { db } from '../../db';
import { createProposal, updateProposal } from '../../db/repositories/proposals';
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
import { formErrorsFromWrite, readProposalForm, type ProposalFormErrors, type ProposalFormValues } from './proposal-form-values';
import { ProposalPartyFields } from './ProposalPartyFields';
import './proposal-form.css';

interface ProposalFormProps {
  /** The proposal being edited; a new one is created without it. */
  proposal?: Proposal;
  initialValues: ProposalFormValues;
  clients: readonly Client[];
  cancelTo: string;
}

function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="card proposal-form-section">
      <div className="proposal-form-section-header">
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
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<ProposalFormErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const coverLetterRef = useRef<HTMLTextAreaElement>(null);
  /** Set once the cover letter has had focus: until then "at the cursor" means at the end. */
  const caretPlaced = useRef(false);
  const pendingCaret = useRef<number | undefined>(undefined);

  const change = (patch: Partial<ProposalFormValues>) => setValues((current) => ({ ...current, ...patch }));

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === undefined) return;
    pendingCaret.current = undefined;
    coverLetterRef.current?.setSelectionRange(caret, caret);
  }, [values.coverLetter]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const insertEvidence = (item: EvidenceItem) => {
    const textarea = coverLetterRef.current;
    const selection = textarea !== null && caretPlaced.current ? { start: textarea.selectionStart, end: textarea.selectionEnd } : undefined;
    const previous = values.coverLetter;
    const { value, caret } = insertAtCursor(previous, selection, evidenceText(item, locale));
    pendingCaret.current = caret;
    caretPlaced.current = true;
    change({ coverLetter: value });
    announce(`Inserted “${item.title}” into the cover letter`, 'success', { label: 'Undo', run: () => change({ coverLetter: previous }) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reading = readProposalForm(values, locale);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setSaving(true);
    try {
      const now = Date.now();
      const result =
        proposal === undefined
          ? await createProposal(db, {
              ...reading.fields,
              status: values.stage,
              statusHistory: [{ status: values.stage, at: now }],
              submittedAt: values.stage === 'submitted' ? now : undefined,
            })
          : await updateProposal(db, proposal.id, reading.fields);
      if (!result.ok) {
        setErrors(formErrorsFromWrite(result.errors, values));
        return;
      }
      setErrors({});
      announce(proposal === undefined ? `Proposal “${result.value.title}” saved` : 'Proposal saved');
      void navigate(`/proposals/${result.value.id}`);
    } finally {
      setSaving(false);
    }
  };

  const locked = proposal?.projectId !== undefined;
  return (
    <form ref={formRef} className="proposal-form-layout" onSubmit={(event) => void submit(event)} noValidate>
      <div className="proposal-form-main">
        <FormSection title="The job" description="Paste the post as the client wrote it: the evidence helper reads it.">
          <div className="form-grid">
            <TextField label="Title" value={values.title} onChange={(event) => change({ title: event.target.value })} error={errors.title} fieldClassName="span-all" autoComplete="off" />
            <TextField
              label="Job link"
              type="url"
              value={values.jobUrl}
              onChange={(event) => change({ jobUrl: event.target.value })}
              error={errors.jobUrl}
              placeholder="https://"
              fieldClassName="span-all"
              autoComplete="off"
            />
            <TextAreaField
              label="Job post"
              value={values.jobText}
              onChange={(event) => change({ jobText: event.target.value })}
              error={errors.jobText}
              rows={8}
              fieldClassName="span-all"
            />
          </div>
        </FormSection>
        <FormSection title="Client">
          <ProposalPartyFields values={values} errors={errors} clients={clients} locked={locked} onChange={change} />
        </FormSection>
        <FormSection title="Your bid">
          <ProposalBidFields values={values} errors={errors} valueText={bidValueText(values, locale)} onChange={change} />
        </FormSection>
        <FormSection title="Cover letter" description="Write it here, and insert evidence from the panel where it makes your case.">
          <TextAreaField
            ref={coverLetterRef}
            label="Cover letter"
            value={values.coverLetter}
            onChange={(event) => change({ coverLetter: event.target.value })}
            onFocus={() => {
              caretPlaced.current = true;
            }}
            error={errors.coverLetter}
            rows={12}
            hint={`${values.coverLetter.length.toLocaleString(locale)} characters`}
          />
        </FormSection>
        <div className="proposal-form-footer">
          {proposal === undefined ? (
            <SelectField
              label="Save as"
              value={values.stage}
              onChange={(event) => change({ stage: event.target.value === 'submitted' ? 'submitted' : 'draft' })}
              options={[
                { value: 'draft', label: 'Draft' },
                { value: 'submitted', label: 'Submitted today' },
              ]}
              fieldClassName="proposal-stage-field"
            />
          ) : (
            <span />
          )}
          <div className="cluster">
            {errors.form !== undefined && (
              <p className="field-error" role="alert">
                {errors.form}
              </p>
            )}
            <Link to={cancelTo} className="button button-secondary">
              Cancel
            </Link>
            <Button variant="primary" type="submit" disabled={saving} aria-busy={saving}>
              Save proposal
            </Button>
          </div>
        </div>
      </div>
      <aside className="proposal-form-aside">
        <EvidencePanel jobText={values.jobText} onInsert={insertEvidence} />
      </aside>
    </form>
  );
}
