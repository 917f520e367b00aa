import { describe, expect, it } from 'vitest';
import {
  automaticBackupFileName,
  automaticBackupTime,
  backupsToDelete,
  createAutomaticBackups,
  type BackupFileSystem,
} from '../../../electron/services/backups';
import { automaticBackupFileNameSchema } from '../../../src/platform/contract';

const DAY = 86_400_000;
/** Tuesday 10 March 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 2, 10, 12, 0);

function memoryFileSystem() {
  const files = new Map<string, string>();
  const log: string[] = [];
  const fs: BackupFileSystem = {
    mkdir: () => Promise.resolve(undefined),
    writeFile: (path, content) => {
      log.push(`write ${path}`);
      files.set(path, content);
      return Promise.resolve();
    },
    rename: (from, to) => {
      log.push(`rename ${from} -> ${to}`);
      const content = files.get(from);
      if (content === undefined) return Promise.reject(new Error(`no ${from}`));
      files.delete(from);
      files.set(to, content);
      return Promise.resolve();
    },
    readdir: (path) => Promise.resolve([...files.keys()].filter((name) => name.startsWith(`${path}/`)).map((name) => name.slice(path.length + 1))),
    stat: (path) => Promise.resolve({ size: new TextEncoder().encode(files.get(path) ?? '').byteLength }),
    readFile: (path) => {
      const content = files.get(path);
      return content === undefined ? Promise.reject(new Error(`no ${path}`)) : Promise.resolve(content);
    },
    unlink: (path) => {
      log.push(`unlink ${path}`);
      files.delete(path);
      return Promise.resolve();
    },
  };
  return { fs, files, log };
}

function daily(count: number, from = NOW): Array<{ fileName: string; at: number }> {
  return Array.from({ length: count }, (_, index) => {
    const at = from - index * DAY;
    return { fileName: automaticBackupFileName(at), at };
  });
}

describe('automatic backup file names', () => {
  it('round-trips the instant and matches the contract’s name pattern', () => {
    const name = automaticBackupFileName(NOW + 123);
    expect(name).toBe('repute-backup-2026-03-10T12-00-00-123Z.json');
    expect(automaticBackupTime(name)).toBe(NOW + 123);
    expect(automaticBackupFileNameSchema.safeParse(name).success).toBe(true);
  });

  it.each(['notes.txt', 'repute-backup-2026-13-40T12-00-00-000Z.json', '../repute-backup-2026-03-10T12-00-00-000Z.json', 'repute-backup-2026-03-10T12-00-00-000Z.json.partial'])(
    'reads %s as no backup',
    (name) => {
      expect(automaticBackupTime(name)).toBeUndefined();
    },
  );
});

describe('backupsToDelete', () => {
  it('keeps everything while there are fewer than a week of daily backups', () => {
    expect(backupsToDelete(daily(6), NOW)).toEqual([]);
  });

  it('keeps 7 daily, then one a week for 4 weeks, then one a month for 12 months', () => {
    const year = daily(400);
    const kept = new Set(year.map((file) => file.fileName));
    for (const name of backupsToDelete(year, NOW)) kept.delete(name);
    const keptDays = [...kept].map((name) => automaticBackupTime(name) ?? 0).sort((a, b) => b - a);
    // 7 days (4–10 March); the weeks from 23 and 16 February (the week of 2 March ends on a kept day); and the
    // last day of each of the 11 months before March.
    expect(keptDays.slice(0, 7)).toEqual(daily(7).map((file) => file.at));
    expect(keptDays).toHaveLength(7 + 2 + 11);
    expect(keptDays).toContain(Date.UTC(2026, 2, 1, 12));
    expect(keptDays).toContain(Date.UTC(2026, 1, 22, 12));
    expect(keptDays).toContain(Date.UTC(2026, 1, 28, 12));
    expect(keptDays).toContain(Date.UTC(2025, 3, 30, 12));
    expect(keptDays.at(-1)).toBe(Date.UTC(2025, 3, 30, 12));
  });

  it('keeps only the newest of several backups on one day', () => {
    const sameDay = [NOW, NOW - 3_600_000, NOW - 7_200_000].map((at) => ({ fileName: automaticBackupFileName(at), at }));
    expect(backupsToDelete(sameDay, NOW)).toEqual([automaticBackupFileName(NOW - 3_600_000), automaticBackupFileName(NOW - 7_200_000)]);
  });

  it('never deletes a backup dated after now (a clock set back)', () => {
    const future = { fileName: automaticBackupFileName(NOW + 30 * DAY), at: NOW + 30 * DAY };
    expect(backupsToDelete([future, ...daily(3)], NOW)).toEqual([]);
  });
});

describe('createAutomaticBackups', () => {
  it('writes through a temporary file and a rename, then lists and reads the backup', async () => {
    const { fs, log } = memoryFileSystem();
    const backups = createAutomaticBackups(fs, '/data/backups', { now: () => NOW });
    const result = await backups.write({ content: '{"formatName":"dexie"}', at: NOW });
    const name = automaticBackupFileName(NOW);
    expect(result).toEqual({ saved: true, fileName: name });
    expect(log).toEqual([`write /data/backups/${name}.partial`, `rename /data/backups/${name}.partial -> /data/backups/${name}`]);
    expect(await backups.list()).toEqual([{ fileName: name, at: NOW, bytes: 22 }]);
    expect(await backups.read(name)).toBe('{"formatName":"dexie"}');
  });

  it('prunes by the retention rule after each write and leaves other files alone', async () => {
    const { fs, files } = memoryFileSystem();
    files.set('/data/backups/notes.txt', 'mine');
    for (const { at } of daily(10, NOW - DAY)) files.set(`/data/backups/${automaticBackupFileName(at)}`, '{}');
    const backups = createAutomaticBackups(fs, '/data/backups', { now: () => NOW });
    await backups.write({ content: '{}', at: NOW });
    const listed = await backups.list();
    // The week's newest (1 March) and February's newest (28 February) stay beside the 7 days.
    expect(listed.map((file) => file.at)).toEqual([...daily(7).map((file) => file.at), NOW - 9 * DAY, NOW - 10 * DAY]);
    expect(files.has('/data/backups/notes.txt')).toBe(true);
  });

  it('refuses to read a file that is not an automatic backup', async () => {
    const { fs } = memoryFileSystem();
    const backups = createAutomaticBackups(fs, '/data/backups', { now: () => NOW });
    await expect(backups.read('../../etc/passwd')).rejects.toThrow('is not an automatic backup');
  });
});
