import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '../../domain/model';
import { failed, fieldErrorsFromZod, succeeded, type FieldErrors, type WriteResult } from './write-result';

type Stored<Input> = RecordMeta & Input;

/** Validates with the model's schema; unknown keys (bookkeeping fields of a merged record) are dropped. */
export function parseInput<Input>(schema: z.ZodType<Input>, value: unknown): WriteResult<Input> {
  const parsed = schema.safeParse(value);
  return parsed.success ? succeeded(withoutUndefinedFields(parsed.data)) : failed(fieldErrorsFromZod(parsed.error));
}

/**
 * Top-level keys holding undefined are removed, so a patch `{ archivedAt: undefined }` clears the field instead
 * of storing an explicit undefined.
 */
export function withoutUndefinedFields<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) Reflect.deleteProperty(value, key);
  }
  return value;
}

export function newRecordMeta(now: number): RecordMeta {
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now };
}

/** The stored record's bookkeeping fields, carried over unchanged by an update except updatedAt. */
export function updatedMeta(stored: RecordMeta, now: number): RecordMeta {
  const meta: RecordMeta = { id: stored.id, createdAt: stored.createdAt, updatedAt: now };
  if (stored.deletedAt !== undefined) meta.deletedAt = stored.deletedAt;
  return meta;
}

export function noSuchRecord<T>(noun: string): WriteResult<T> {
  return failed({ id: `No such ${noun}` });
}

export function mergeErrors(...sources: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const source of sources) {
    for (const [path, message] of Object.entries(source)) merged[path] ??= message;
  }
  return merged;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function isLive(record: RecordMeta): boolean {
  return record.deletedAt === undefined;
}

/** Validates and adds a record with no side effects on other tables. */
export async function createPlainRecord<Input>(table: Table<Stored<Input>, string>, schema: z.ZodType<Input>, input: Input): Promise<WriteResult<Stored<Input>>> {
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  const record: Stored<Input> = { ...newRecordMeta(Date.now()), ...parsed.value };
  await table.add(record);
  return succeeded(record);
}

/** Merges a patch into the stored record, validates the whole and writes it back, in one transaction. */
export function updatePlainRecord<Input>(
  table: Table<Stored<Input>, string>,
  schema: z.ZodType<Input>,
  noun: string,
  id: string,
  patch: Partial<Input>,
): Promise<WriteResult<Stored<Input>>> {
  return table.db.transaction('rw', table, async () => {
    const stored = await table.get(id);
    if (stored === undefined) return noSuchRecord<Stored<Input>>(noun);
    const parsed = parseInput(schema, { ...stored, ...patch });
    if (!parsed.ok) return parsed;
    const record: Stored<Input> = { ...updatedMeta(stored, Date.now()), ...parsed.value };
    await table.put(record);
    return succeeded(record);
  });
}

/**
 * Sets (soft delete) or clears (restore) deletedAt. An unknown id changes nothing. Returns the record as it was
 * and as it is now, for callers that keep derived tables in step.
 */
export async function setDeletedAt<R extends RecordMeta>(table: Table<R, string>, id: string, deletedAt: number | undefined): Promise<{ before: R; after: R } | undefined> {
  const stored = await table.get(id);
  if (stored === undefined) return undefined;
  if (stored.deletedAt === deletedAt || (deletedAt !== undefined && stored.deletedAt !== undefined)) return { before: stored, after: stored };
  const after: R = { ...stored, updatedAt: Date.now() };
  if (deletedAt === undefined) delete after.deletedAt;
  else after.deletedAt = deletedAt;
  await table.put(after);
  return { before: stored, after };
}

/**
 * A reference must name a live record when it is set or changed; one that merely stays as it was may point to a
 * record deleted since, so old records stay editable.
 */
export async function referenceErrors<R extends RecordMeta>(
  table: Table<R, string>,
  path: string,
  noun: string,
  id: string | undefined,
  previousId?: string,
): Promise<FieldErrors> {
  if (id === undefined || id === '' || id === previousId) return {};
  const target = await table.get(id);
  if (target === undefined) return { [path]: `No such ${noun}` };
  if (target.deletedAt !== undefined) return { [path]: `This ${noun} was deleted` };
  return {};
}

/** Structural equality of plain stored values (objects, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bEntries = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return aEntries.length === bEntries.size && aEntries.every(([key, value]) => bEntries.has(key) && sameValue(value, bEntries.get(key)));
}
