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

/** Thrown inside a transaction to roll back what it already wrote; caught at its edge and returned as a result. */
export class WriteRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('The write was refused');
  }
}

/** The value of a result, or a WriteRefused that rolls the surrounding transaction back. */
export function valueOrAbort<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new WriteRefused(result.errors);
  return result.value;
}

/** Runs a transaction and turns a WriteRefused thrown inside it, after the rollback, into a refused result. */
export async function refusalsAsResults<T>(transaction: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await transaction();
  } catch (error) {
    if (error instanceof WriteRefused) return failed<T>(error.errors);
    throw error;
  }
}
