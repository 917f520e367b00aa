import { useId } from 'react';
import { formatAccelerator } from '../../domain/settings/accelerator';
import { isMacPlatform } from '../../shared/is-mac-platform';
import { ErrorIcon } from '../../ui/icons';
import { SelectField, TextField } from '../../ui/Field';
import { parseWorkDays, ROUNDING_OPTIONS, toggledWorkDays, WEEKDAYS } from './time-tracking-values';
import type { SettingsFieldGroupProps } from './use-settings-form';
import styles from './TimeTrackingFields.module.css';

function shortcutHint(accelerator: string): string {
  const trimmed = accelerator.trim();
  const shown = trimmed === '' ? 'none' : formatAccelerator(trimmed, isMacPlatform(navigator.userAgent));
  return `Starts or stops the timer from any app, in the desktop app (now: ${shown}). Leave empty for none.`;
}

/** Idle detection, reminders during working hours, the global shortcut and how billed time is rounded. */
export function TimeTrackingFields({ values, errors, onChange }: SettingsFieldGroupProps) {
  const daysErrorId = useId();
  const remindersOn = values.remindersEnabled === 'true';
  const days = parseWorkDays(values.workDays);

  return (
    <div className="form-grid">
      <TextField
        label="Idle after (minutes)"
        inputMode="numeric"
        autoComplete="off"
        hint="With a timer running and no input for this long, Repute asks what to do with the time when you return."
        value={values.idleThresholdMinutes}
        error={errors.idleThresholdMinutes}
        onChange={(event) => onChange('idleThresholdMinutes', event.target.value)}
      />
      <SelectField
        label="Default rounding"
        hint="Applied to billed time on invoices; tracked entries are never rounded. Each client can have its own."
        value={values.rounding}
        options={ROUNDING_OPTIONS}
        error={errors.rounding}
        onChange={(event) => onChange('rounding', event.target.value)}
      />
      <TextField
        label="Global shortcut"
        autoComplete="off"
        spellCheck={false}
        placeholder="CommandOrControl+Shift+T"
        hint={shortcutHint(values.timerShortcut)}
        value={values.timerShortcut}
        error={errors.timerShortcut}
        onChange={(event) => onChange('timerShortcut', event.target.value)}
      />
      <TextField
        label="Long timer warning (hours)"
        inputMode="numeric"
        autoComplete="off"
        hint="With reminders on, a timer running this long gets a reminder, in case it was forgotten."
        value={values.longTimerHours}
        error={errors.longTimerHours}
        onChange={(event) => onChange('longTimerHours', event.target.value)}
      />
      <div className={`span-all ${styles.settingsReminders}`}>
        <label className={styles.settingsCheckbox}>
          <input type="checkbox" checked={remindersOn} onChange={(event) => onChange('remindersEnabled', String(event.target.checked))} />
          <span>
            <span className={styles.settingsCheckboxLabel}>Remind me to track time</span>
            <span className={styles.settingsCheckboxHint}>During working hours with no timer running, and when a timer runs past the warning.</span>
          </span>
        </label>
        <div className={styles.settingsWorkingHours}>
          <TextField label="Working day starts" type="time" value={values.workStart} error={errors.workStart} onChange={(event) => onChange('workStart', event.target.value)} />
          <TextField label="Working day ends" type="time" value={values.workEnd} error={errors.workEnd} onChange={(event) => onChange('workEnd', event.target.value)} />
        </div>
        <fieldset className={styles.settingsDays} aria-describedby={errors.workDays === undefined ? undefined : daysErrorId}>
          <legend className="field-label">
            Working days
          </legend>
          <div className={styles.settingsDaysOptions}>
            {WEEKDAYS.map((weekday) => (
              <label key={weekday.day} className={styles.settingsDay}>
                <input type="checkbox" aria-label={weekday.long} checked={days.includes(weekday.day)} onChange={(event) => onChange('workDays', toggledWorkDays(values.workDays, weekday.day, event.target.checked))} />
                <span aria-hidden="true">{weekday.short}</span>
              </label>
            ))}
          </div>
          {errors.workDays !== undefined && (
            <p id={daysErrorId} className="field-error">
              <ErrorIcon />
              {errors.workDays}
            </p>
          )}
        </fieldset>
      </div>
    </div>
  );
}
