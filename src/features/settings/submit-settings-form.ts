import type { Settings, SettingsInput } from '../../domain/model';
import type { FieldErrors, WriteResult } from '../../db/repositories/write-result';
import type { FormMessages } from '../../shared/record-form-state';
import { settingsPatchFromForm, splitSettingsErrors, type SettingsFormField, type SettingsFormValues } from './settings-form-values';
import { readTimeTracking } from './time-tracking-values';

export interface SettingsWrites {
  /** What saving the patch would refuse, without saving it. */
  check: (patch: Partial<SettingsInput>) => Promise<FieldErrors>;
  save: (patch: Partial<SettingsInput>) => Promise<WriteResult<Settings>>;
}

export type SettingsSubmitResult = { ok: true; value: Settings } | { ok: false; messages: FormMessages<SettingsFormField> };

/**
 * Reads the whole Settings form and saves it, or returns every message at once: when the time-tracking fields cannot
 * be read, the other fields are still judged by the stored rules, so an invalid email is not held back for a later round.
 */
export async function submitSettingsForm(values: SettingsFormValues, writes: SettingsWrites): Promise<SettingsSubmitResult> {
  const patch = settingsPatchFromForm(values);
  // Numbers and times are read here first, so a typo gets a message in words rather than a schema's.
  const timeTracking = readTimeTracking(values);
  if (!timeTracking.ok) {
    const rest = splitSettingsErrors(await writes.check(patch));
    return { ok: false, messages: { byField: { ...rest.byField, ...timeTracking.errors }, other: rest.other } };
  }
  const result = await writes.save({ ...patch, ...timeTracking.patch });
  return result.ok ? result : { ok: false, messages: splitSettingsErrors(result.errors) };
}
