import type { z } from 'zod';
import { settingsSchema, type SettingsInput } from '../model/settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreField<T>(schema: z.ZodType<T>, stored: unknown, fallback: T): T {
  const whole = schema.safeParse(stored);
  if (whole.success) return whole.data;
  // An object that lost or gained fields over versions keeps what is still valid, the rest from the defaults.
  if (isRecord(stored) && isRecord(fallback)) {
    const merged = schema.safeParse({ ...fallback, ...stored });
    if (merged.success) return merged.data;
  }
  return fallback;
}

/**
 * Settings as read back from storage, whatever version wrote them: each field that is missing or no longer valid
 * takes its default, every other field is kept, and fields this version does not know are dropped. The result
 * always passes settingsSchema, so a record written before a field existed still loads and saves.
 */
export function restoreSettings(stored: unknown, defaults: SettingsInput): SettingsInput {
  const source = isRecord(stored) ? stored : {};
  const restored: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(settingsSchema.shape)) {
    const fallback: unknown = Reflect.get(defaults, key);
    const value = restoreField<unknown>(fieldSchema, source[key], fallback);
    if (value !== undefined) restored[key] = value;
  }
  const parsed = settingsSchema.safeParse(restored);
  return parsed.success ? parsed.data : defaults;
}
