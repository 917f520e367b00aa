import type { FormEvent } from 'react';
import type { Credential } from '../../../domain/model';
import { rankSkillSuggestions, type SkillUsage } from '../../../domain/projects/skill-suggestions';
import { DraftNotice } from '../../../shared/DraftNotice';
import { useFocusFirstProblem } from '../../../shared/use-focus-first-problem';
import { Button } from '../../../ui/Button';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormActionBar } from '../../../ui/FormActionBar';
import { FormProblems } from '../../../ui/FormProblems';
import { RecordFormSection } from '../../../ui/RecordFormSection';
import { TagsField } from '../../../ui/TagsField';
import type { CredentialFormValues } from './credential-form-values';
import { useCredentialForm } from './use-credential-form';
import styles from './credentials.module.css';

export interface CredentialFormProps {
  initial: CredentialFormValues;
  /** The credential being edited; undefined for a new one. */
  stored: Credential | undefined;
  skillUsage: readonly SkillUsage[];
  onSaved: (credential: Credential) => void;
  onCancel: () => void;
}

/** Add or edit a certificate or badge. Every message appears under its field; nothing is stored while any is wrong. */
export function CredentialForm({ initial, stored, skillUsage, onSaved, onCancel }: CredentialFormProps) {
  const form = useCredentialForm(initial, stored);
  const formRef = useFocusFirstProblem(form.failedAttempts);
  const { values, errors, setValue } = form;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await form.save();
    if (saved !== undefined) onSaved(saved);
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      aria-label={stored === undefined ? 'New credential' : 'Edit credential'}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
      <div className="card">
        <RecordFormSection title="Credential" description="A certificate, badge or licence, as its issuer gave it.">
          <TextField label="Name" autoFocus={stored === undefined} autoComplete="off" value={values.name} error={errors.name} onChange={(event) => setValue('name', event.target.value)} />
          <TextField label="Issuer" autoComplete="off" value={values.issuer} error={errors.issuer} onChange={(event) => setValue('issuer', event.target.value)} />
          <TextField label="Issued" type="date" value={values.date} error={errors.date} onChange={(event) => setValue('date', event.target.value)} />
          <TextField
            label="Expires"
            type="date"
            hint="Leave empty if it does not expire."
            value={values.expires}
            error={errors.expires}
            onChange={(event) => setValue('expires', event.target.value)}
          />
          <TextField
            label="Link"
            type="url"
            fieldClassName="span-all"
            placeholder="https://"
            hint="Where anyone can check it, such as the issuer’s verification page."
            value={values.url}
            error={errors.url}
            onChange={(event) => setValue('url', event.target.value)}
          />
        </RecordFormSection>

        <RecordFormSection title="Skills and achievement" description="What it shows you can do. Skills feed your portfolio and the skills in your reputation.">
          <div className="span-all">
            <TagsField
              label="Skills"
              noun="skill"
              placeholder="Accessibility, Scrum…"
              hint="Suggestions come from your projects and other credentials. Press Enter or a comma after each."
              values={values.skills}
              error={errors.skills}
              onChange={(skills) => setValue('skills', skills)}
              suggest={(query, chosen) => rankSkillSuggestions(query, skillUsage, chosen)}
            />
          </div>
          <TextAreaField
            label="Description"
            fieldClassName="span-all"
            rows={4}
            hint="What earning it took, in your words or the issuer’s."
            value={values.description}
            error={errors.description}
            onChange={(event) => setValue('description', event.target.value)}
          />
        </RecordFormSection>
      </div>

      <FormProblems messages={form.otherErrors} />

      <FormActionBar
        note={stored?.attachmentId === undefined ? 'Name, issuer and the day it was issued are required.' : 'The badge file it was imported from stays with it.'}
      >
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
          Save credential
        </Button>
      </FormActionBar>
    </form>
  );
}
