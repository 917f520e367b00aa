import type { z } from 'zod';
import { settingsSchema, type SettingsInput } from '../model/settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreField<T>(schema: z.ZodType<T>, stored: unknown, fallback: () => T): T {
  const whole = schema.safeParse(stored);
  if (whole.success) return whole.data;
  const defaultValue = fallback();
  // An object that lost or gained fields over versions keeps what is still valid, the rest from the defaults.
  if (isRecord(stored) && isRecord(defaultValue)) {
    const merged = schema.safeParse({ ...defaultValue, ...stored });
    if (merged.success) return merged.data;
  }
  return defaultValue;
}

/**
 * Settings as read back from storage, whatever version wrote them: each field that is missing or no longer valid
 * takes its default, every other field is kept, and fields this version does not know are dropped. The result
 * always passes settingsSchema, so a record written before a field existed still loads and saves.
 *
 * The defaults are asked for only when a field needs one: working them out asks the runtime for the machine's locale
 * and time zone, which costs the app's start more than reading the settings does.
 */
export function restoreSettings(stored: unknown, defaultsFor: () => SettingsInput): SettingsInput {
  // A record this version wrote passes whole: one parse, and the field-by-field repair only for an older one.
  const asStored = settingsSchema.safeParse(stored);
  if (asStored.success) return asStored.data;
  let defaults: SettingsInput | undefined;
  const theDefaults = () => (defaults ??= defaultsFor());
  const source = isRecord(stored) ? stored : {};
  const restored: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(settingsSchema.unwrap().shape)) {
    const value = restoreField<unknown>(fieldSchema, source[key], () => Reflect.get(theDefaults(), key));
    if (value !== undefined) restored[key] = value;
  }
  const parsed = settingsSchema.safeParse(restored);
  return parsed.success ? parsed.data : theDefaults();
}
