import type { FormEvent } from 'react';
import type { Settings } from '../../domain/model';
import { Button } from '../../ui/Button';
import { AppearanceFields } from './AppearanceFields';
import { BusinessIdentityFields } from './BusinessIdentityFields';
import { RegionalFields } from './RegionalFields';
import { SettingsSection } from './SettingsSection';
import { TimeTrackingFields } from './TimeTrackingFields';
import { useSettingsForm } from './use-settings-form';
import styles from './SettingsForm.module.css';
import { FormProblems } from '../../ui/FormProblems';
import { DraftNotice } from '../../shared/DraftNotice';
import { useFocusFirstProblem } from '../../shared/use-focus-first-problem';

function saveNote(dirty: boolean, settings: Settings): string {
  if (dirty) return 'You have unsaved changes.';
  // createdAt 0 marks defaults read from this computer that were never stored.
  if (settings.createdAt === 0) return "These are this computer's defaults until you save them.";
  return '';
}

/** Business identity, region, time tracking and appearance, saved together; nothing is stored while any value is invalid. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const form = useSettingsForm(settings);
  const formRef = useFocusFirstProblem(form.failedAttempts);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.save();
  };

  const groupProps = { values: form.values, errors: form.errors, onChange: form.setValue };

  return (
    <form ref={formRef} className="stack-lg" noValidate onSubmit={handleSubmit} aria-label="Settings">
      <DraftNotice restoredAt={form.draftRestoredAt} onDiscard={form.discardDraft} />
      <SettingsSection title="Business" description="Who your invoices come from. Issued invoices keep a copy of these details, so later edits never change them.">
        <BusinessIdentityFields {...groupProps} />
      </SettingsSection>
      <SettingsSection title="Region and calendar" description="How money, dates and weeks are shown, and which day and month your tracked time counts towards.">
        <RegionalFields {...groupProps} />
      </SettingsSection>
      <SettingsSection
        title="Time tracking"
        description="What happens when you step away from a running timer, when Repute reminds you to track, the shortcut that starts and stops the timer, and how billed time is rounded."
      >
        <TimeTrackingFields {...groupProps} />
      </SettingsSection>
      <SettingsSection title="Appearance" description="The app's colours. Your choice also recolours the window frame.">
        <AppearanceFields {...groupProps} />
      </SettingsSection>
      <FormProblems messages={form.otherErrors} />
      <div className={form.dirty ? `${styles.formActions} ${styles.formActionsDirty}` : styles.formActions}>
        <p className={styles.formActionsNote}>{saveNote(form.dirty, settings)}</p>
        <Button type="submit" variant="primary" disabled={form.saving} aria-busy={form.saving}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
