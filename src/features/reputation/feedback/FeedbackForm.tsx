import { useMemo, type FormEvent } from 'react';
import { publicClientName } from '../../../domain/clients/client-display';
import { clientChoiceLabels } from '../../../domain/clients/client-names';
import { FEEDBACK_SOURCES, feedbackSourceSchema, type Client, type Feedback, type Project } from '../../../domain/model';
import { compareNames } from '../../../shared/compare-names';
import { DraftNotice } from '../../../shared/DraftNotice';
import { Button } from '../../../ui/Button';
import { CheckboxField } from '../../../ui/CheckboxField';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormActionBar } from '../../../ui/FormActionBar';
import { FormProblems } from '../../../ui/FormProblems';
import { RecordFormSection } from '../../../ui/RecordFormSection';
import type { FeedbackFormValues } from './feedback-form-values';
import { FEEDBACK_SOURCE_LABELS, SUB_SCORE_KEYS, SUB_SCORE_LABELS } from './feedback-labels';
import { useFeedbackForm } from './use-feedback-form';
import styles from './FeedbackForm.module.css';
import { useFocusFirstProblem } from '../../../shared/use-focus-first-problem';

export interface FeedbackFormProps {
  initial: FeedbackFormValues;
  /** The feedback being edited; undefined for new feedback. */
  stored: Feedback | undefined;
  /** The live projects to choose from. */
  projects: readonly Project[];
  clientsById: ReadonlyMap<string, Client>;
  draftKey: string;
  onSaved: (feedback: Feedback) => void;
  onCancel: () => void;
}

interface ClientProjects {
  clientId: string;
  label: string;
  projects: Project[];
}

/** The projects under their clients, both by name, so the client of each choice is in view. */
function projectsByClient(projects: readonly Project[], clientsById: ReadonlyMap<string, Client>): ClientProjects[] {
  const labels = clientChoiceLabels([...clientsById.values()]);
  const groups = new Map<string, ClientProjects>();
  for (const project of projects) {
    const group = groups.get(project.clientId) ?? {
      clientId: project.clientId,
      label: labels.get(project.clientId) ?? clientsById.get(project.clientId)?.name ?? 'Unknown client',
      projects: [],
    };
    group.projects.push(project);
    groups.set(project.clientId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => compareNames(a.label, b.label));
  for (const group of sorted) group.projects.sort((a, b) => compareNames(a.name, b.name));
  return sorted;
}

function ClientHint({ client }: { client: Client | undefined }) {
  if (client === undefined) return <>The client is the project’s.</>;
  if (client.confidential) return <>From {client.name}. Confidential: quoted as {publicClientName(client)}.</>;
  return <>From {client.name}, the project’s client.</>;
}

/** Add or edit one client's feedback. Every message appears under its field; nothing is stored while any is wrong. */
export function FeedbackForm({ initial, stored, projects, clientsById, draftKey, onSaved, onCancel }: FeedbackFormProps) {
  const projectsById = useMemo(() => new Map(projects.map((project) => [project.id, project])), [projects]);
  const groups = useMemo(() => projectsByClient(projects, clientsById), [projects, clientsById]);
  const form = useFeedbackForm(initial, { stored, projectsById, clientsById, draftKey });
  const formRef = useFocusFirstProblem(form.failedAttempts);
  const { values, errors, setValue } = form;
  const project = projectsById.get(values.projectId);
  const client = project === undefined ? undefined : clientsById.get(project.clientId);
  // A record from before sources were chosen keeps its own until another is picked.
  const sources = FEEDBACK_SOURCES.some((source) => source === values.source) ? FEEDBACK_SOURCES : [...FEEDBACK_SOURCES, values.source];

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) onSaved(saved);
  };

  return (
    <form ref={formRef} className={styles.form} noValidate aria-label={stored === undefined ? 'New feedback' : 'Edit feedback'} onSubmit={(event) => void handleSubmit(event)}>
      <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
      <div className={`card ${styles.card}`}>
        <RecordFormSection title="Feedback" description="Which work the client rated, when, and where they said it.">
          <SelectField
            label="Project"
            fieldClassName="span-all"
            value={values.projectId}
            error={errors.projectId}
            hint={<ClientHint client={client} />}
            onChange={(event) => setValue('projectId', event.target.value)}
          >
            {values.projectId === '' && <option value="">Choose a project…</option>}
            {values.projectId !== '' && project === undefined && <option value={values.projectId}>A deleted project</option>}
            {groups.map((group) => (
              <optgroup key={group.clientId} label={group.label}>
                {group.projects.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <TextField label="Date" type="date" hint="The day the client gave it." value={values.date} error={errors.date} onChange={(event) => setValue('date', event.target.value)} />
          <SelectField
            label="Source"
            hint="Where the client gave it."
            value={values.source}
            error={errors.source}
            onChange={(event) => {
              const parsed = feedbackSourceSchema.safeParse(event.target.value);
              if (parsed.success) setValue('source', parsed.data);
            }}
          >
            {sources.map((source) => (
              <option key={source} value={source}>
                {FEEDBACK_SOURCE_LABELS[source]}
              </option>
            ))}
          </SelectField>
        </RecordFormSection>

        <RecordFormSection
          title="Ratings"
          description="In stars from 1.0 to 5.0, in halves or tenths as the client gave them. Sub-scores are optional: fill in those the client gave."
        >
          <TextField
            label="Overall rating"
            fieldClassName="span-all"
            inputMode="decimal"
            autoComplete="off"
            autoFocus={stored === undefined && values.projectId !== ''}
            className={styles.ratingInput}
            hint="From 1.0 to 5.0 stars, such as 4.5 or 4.7."
            value={values.rating}
            error={errors.rating}
            onChange={(event) => setValue('rating', event.target.value)}
          />
          <fieldset className={`span-all ${styles.subScores}`}>
            <legend className="field-label">Sub-scores</legend>
            <div className={styles.subScoreGrid}>
              {SUB_SCORE_KEYS.map((key) => (
                <TextField
                  key={key}
                  label={SUB_SCORE_LABELS[key]}
                  inputMode="decimal"
                  autoComplete="off"
                  className={styles.ratingInput}
                  value={values[key]}
                  error={errors[key]}
                  onChange={(event) => setValue(key, event.target.value)}
                />
              ))}
            </div>
          </fieldset>
        </RecordFormSection>

        <RecordFormSection title="Comment" description="What the client wrote, and whether they allowed you to quote it.">
          <TextAreaField
            label="Comment"
            fieldClassName="span-all"
            rows={4}
            value={values.comment}
            error={errors.comment}
            onChange={(event) => setValue('comment', event.target.value)}
          />
          <div className="span-all">
            <CheckboxField
              label="Client allowed quoting"
              hint="A quotable comment can go into your proposals and your portfolio; a confidential client is named by its alias."
              checked={values.canQuote}
              onChange={(checked) => setValue('canQuote', checked)}
            />
          </div>
        </RecordFormSection>

        <RecordFormSection title="For you alone" description="Never exported, never quoted, never shown outside the app.">
          <TextAreaField
            label="Private note"
            fieldClassName="span-all"
            rows={3}
            hint="What you want to remember about this feedback: context, what to do differently. Only you see it."
            value={values.privateNote}
            error={errors.privateNote}
            onChange={(event) => setValue('privateNote', event.target.value)}
          />
        </RecordFormSection>
      </div>

      <FormProblems messages={form.otherErrors} />

      <FormActionBar note="Feedback counts in your reputation figures as soon as it is saved.">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
          Save feedback
        </Button>
      </FormActionBar>
    </form>
  );
}
