import type { z } from 'zod';

/** Messages keyed by dotted field path: `'email'`, `'business.email'`, `'billing.rateMinor'`. */
export type FieldErrors = Partial<Record<string, string>>;

/** Invalid input writes nothing and resolves `{ ok: false, errors }`; it does not throw. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function succeeded<T>(value: T): WriteResult<T> {
  return { ok: true, value };
}

export function failed<T>(errors: FieldErrors): WriteResult<T> {
  return { ok: false, errors };
}

/** The first message for each path; an issue about the whole record is keyed by the empty path `''`. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
