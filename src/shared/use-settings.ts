import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { getSettings } from '../db/repositories/settings';
import type { Settings } from '../domain/model';

/** Stored settings, or defaults until the first save; undefined only while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(db), []);
}
