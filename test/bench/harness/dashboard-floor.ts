import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/*
 * The floor of the app-load figure: the same Chromium, on the same origin, opening the app's own database and
 * rendering one number read from it (the hours tracked in the month the URL names, from the month's rollup rows, as
 * the Dashboard's first card shows them). React renders it, as the app does, after the read resolves in an effect,
 * as a live query's first answer arrives. Nothing else: no router, no Dexie, no settings.
 */

const APP_DATABASE = 'repute';

function openAppDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // No version: whatever version the app left. Were the database missing, the upgrade is refused, so this page
    // never creates an empty one in the app's place.
    const request = indexedDB.open(APP_DATABASE);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${APP_DATABASE}`));
  });
}

async function trackedHours(month: string): Promise<number> {
  const db = await openAppDatabase();
  try {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('rollups', 'readonly').objectStore('rollups').index('month').getAll(month);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('Reading the rollups failed'));
    });
    const trackedMs = rows.reduce<number>((sum, row) => {
      const value = typeof row === 'object' && row !== null ? Reflect.get(row, 'trackedMs') : undefined;
      return sum + (typeof value === 'number' ? value : 0);
    }, 0);
    return trackedMs / 3_600_000;
  } finally {
    db.close();
  }
}

function LoadFloor({ month }: { month: string }) {
  const [hours, setHours] = useState<number | undefined>(undefined);
  useEffect(() => {
    void trackedHours(month).then(setHours);
  }, [month]);
  return hours === undefined ? null : createElement('output', { 'data-bench-figure': '' }, hours.toFixed(1));
}

const container = document.getElementById('root');
if (container === null) throw new Error('The load floor page has no #root');
createRoot(container).render(createElement(LoadFloor, { month: new URLSearchParams(location.search).get('month') ?? '' }));
