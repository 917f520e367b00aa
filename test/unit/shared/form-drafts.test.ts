import { describe, expect, it } from 'vitest';
import { DRAFT_KEY_PREFIX, fieldsShapedLike, readDraft, removeAllDrafts, removeDraft, writeDraft, type DraftStorage } from '../../../src/shared/form-drafts';

/** Local storage as the browser keeps it: strings by key, in insertion order. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage that is full, as a quota error leaves it. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

interface ClientValues {
  name: string;
  confidential: boolean;
  tags: string[];
}

const template: ClientValues = { name: '', confidential: false, tags: [] };
const readClient = (stored: unknown): ClientValues | undefined => ({ ...template, ...fieldsShapedLike(template, stored) });

describe('form drafts', () => {
  it('keeps values under the form key with the time they were typed, and reads them back', () => {
    const storage = new MemoryStorage();
    const values: ClientValues = { name: 'Harbourline Fitness', confidential: true, tags: ['retainer'] };
    expect(writeDraft(storage, 'client:new', values, 1_700_000_000_000)).toBe(true);
    expect([...storage.items.keys()]).toEqual([`${DRAFT_KEY_PREFIX}client:new`]);
    expect(readDraft(storage, 'client:new', readClient)).toEqual({ values, savedAt: 1_700_000_000_000 });
    expect(readDraft(storage, 'client:42', readClient)).toBeUndefined();
  });

  it('drops a stored entry that is not a draft of this version, instead of showing it', () => {
    const storage = new MemoryStorage();
    for (const text of ['{not json', '"a string"', JSON.stringify({ version: 0, savedAt: 1, values: {} }), JSON.stringify({ version: 1, values: {} })]) {
      storage.setItem(`${DRAFT_KEY_PREFIX}client:new`, text);
      expect(readDraft(storage, 'client:new', readClient)).toBeUndefined();
      expect(storage.length).toBe(0);
    }
  });

  it('drops a draft its form can no longer read', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'invoice:new:', { clientId: 7 }, 1);
    expect(readDraft(storage, 'invoice:new:', () => undefined)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('says when a full storage kept nothing, and reads nothing back', () => {
    const storage = new FullStorage();
    expect(writeDraft(storage, 'settings', { email: 'mara@example.com' }, 1)).toBe(false);
    expect(readDraft(storage, 'settings', (stored) => stored)).toBeUndefined();
  });

  it('removes one draft, or every draft and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('repute:lastRoute', '/clients');
    writeDraft(storage, 'client:new', template, 1);
    writeDraft(storage, 'settings', { email: '' }, 1);
    writeDraft(storage, 'proposal:p1', { title: 'Site' }, 1);
    removeDraft(storage, 'client:new');
    expect(readDraft(storage, 'client:new', readClient)).toBeUndefined();
    removeAllDrafts(storage);
    expect([...storage.items.keys()]).toEqual(['repute:lastRoute']);
  });
});

describe('fieldsShapedLike', () => {
  it('keeps the stored fields the form has, holding the same kind of value', () => {
    expect(fieldsShapedLike(template, { name: 'Tidewater', confidential: 'yes', tags: ['a', 2], extra: 'dropped' })).toEqual({ name: 'Tidewater', tags: ['a', 2] });
    expect(fieldsShapedLike(template, { tags: [{ nested: true }] })).toEqual({});
    expect(fieldsShapedLike(template, ['Tidewater'])).toEqual({});
    expect(fieldsShapedLike(template, null)).toEqual({});
  });

  it('checks list items and nested fields against the template', () => {
    const lines = { lines: [{ description: '', quantity: '1' }] };
    expect(fieldsShapedLike(lines, { lines: [{ description: 'Travel', quantity: '2' }] })).toEqual({ lines: [{ description: 'Travel', quantity: '2' }] });
    expect(fieldsShapedLike(lines, { lines: [{ description: 'Travel', quantity: 2 }] })).toEqual({});
  });
});
