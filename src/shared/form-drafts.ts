/**
 * Unsaved form input kept on this computer, so a reload, a crash or a move to another screen does not lose it.
 * Drafts are the window's own state, not records: they live in the browser's local storage beside the last route,
 * never in the database, so backups, exports and imports neither carry nor restore them.
 */

export const DRAFT_KEY_PREFIX = 'repute:draft:';
const DRAFT_VERSION = 1;

export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredDraft<V> {
  values: V;
  /** When the values were last typed, epoch ms. */
  savedAt: number;
}

/** Turns what was stored into the form's values, or undefined when it no longer fits the form. */
export type DraftReader<V> = (stored: unknown) => V | undefined;

function storageKey(formKey: string): string {
  return DRAFT_KEY_PREFIX + formKey;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEnvelope(text: string): { values: unknown; savedAt: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) && parsed.version === DRAFT_VERSION && typeof parsed.savedAt === 'number' ? { values: parsed.values, savedAt: parsed.savedAt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The draft kept for a form, if any. What is stored is untrusted (an older version of the app, a hand edit): an
 * entry that cannot be read, or no longer fits the form, is dropped rather than shown.
 */
export function readDraft<V>(storage: DraftStorage, formKey: string, read: DraftReader<V>): StoredDraft<V> | undefined {
  let text: string | null;
  try {
    text = storage.getItem(storageKey(formKey));
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const envelope = parseEnvelope(text);
  const values = envelope === undefined ? undefined : read(envelope.values);
  if (envelope === undefined || values === undefined) {
    removeDraft(storage, formKey);
    return undefined;
  }
  return { values, savedAt: envelope.savedAt };
}

/** Keeps the values as the form's draft; says whether they were kept (a full or blocked storage keeps nothing). */
export function writeDraft<V>(storage: DraftStorage, formKey: string, values: V, savedAt: number): boolean {
  try {
    storage.setItem(storageKey(formKey), JSON.stringify({ version: DRAFT_VERSION, savedAt, values }));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: DraftStorage, formKey: string): void {
  try {
    storage.removeItem(storageKey(formKey));
  } catch {
    // Nothing to remove from a storage that cannot be reached.
  }
}

/** Forgets every form's draft: after all data is erased, nothing typed into it may come back. */
export function removeAllDrafts(storage: DraftStorage): void {
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(DRAFT_KEY_PREFIX) === true) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to remove from a storage that cannot be reached.
  }
}

function sameKind(template: unknown, value: unknown): boolean {
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return false;
    const [sample] = template;
    // A list the form holds empty gives no sample: its items may only be plain values, as a form's tag lists are.
    return value.every((item) => (sample === undefined ? ['string', 'number', 'boolean'].includes(typeof item) : sameKind(sample, item)));
  }
  if (isRecord(template)) return isRecord(value) && Object.keys(template).every((key) => !(key in value) || sameKind(template[key], value[key]));
  return typeof value === typeof template;
}

/**
 * The stored fields that still fit the form: a field the form has, holding the same kind of value. Fields the form
 * no longer has, or that changed kind, are left out, so the form's own value stands for them.
 */
export function fieldsShapedLike<V extends object>(template: V, stored: unknown): Partial<V> {
  if (!isRecord(stored)) return {};
  const fields: Partial<V> = {};
  for (const key of Object.keys(template) as Array<keyof V & string>) {
    if (key in stored && sameKind(template[key], stored[key])) fields[key] = stored[key] as V[typeof key];
  }
  return fields;
}
