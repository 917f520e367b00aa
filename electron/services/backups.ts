import { join } from 'node:path';

/** The file system calls the automatic backups make, so tests can run them on a folder in memory. */
export interface BackupFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, content: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  unlink(path: string): Promise<void>;
}

export interface AutomaticBackupFile {
  fileName: string;
  at: number;
  bytes: number;
}

const FILE_NAME = /^repute-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;
const DAY_MS = 86_400_000;
const KEEP_DAILY = 7;
const KEEP_WEEKLY = 4;
const KEEP_MONTHLY = 12;

/** `repute-backup-2026-03-10T12-00-00-000Z.json`: sorts by time and holds no character a file system refuses. */
export function automaticBackupFileName(at: number): string {
  return `repute-backup-${new Date(at).toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
}

/** The instant in an automatic backup's name, or undefined for any other file (so nothing else is ever touched). */
export function automaticBackupTime(fileName: string): number | undefined {
  const match = FILE_NAME.exec(fileName);
  if (match === null) return undefined;
  const [year, month, day, hours, minutes, seconds, ms] = match.slice(1).map(Number);
  const at = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hours, minutes, seconds, ms);
  return automaticBackupFileName(at) === fileName ? at : undefined;
}

function dayKey(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Monday-based week, counted in whole weeks since the Monday of 1970-01-05. */
function weekKey(at: number): string {
  return String(Math.floor((Math.floor(at / DAY_MS) - 4) / 7));
}

function monthKey(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/**
 * Which backups retention removes: the newest backup of each of the last 7 days, of each of the last 4 weeks and
 * of each of the last 12 months (UTC, counting the current one) stay; every other file goes. A file dated after
 * `now` (a clock set back) is kept, so a wrong clock never deletes the newest backups.
 */
export function backupsToDelete(files: ReadonlyArray<{ fileName: string; at: number }>, now: number): string[] {
  const newestFirst = [...files].sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  const tiers: Array<{ key: (at: number) => string; count: number; periodStart: (back: number) => number }> = [
    { key: dayKey, count: KEEP_DAILY, periodStart: (back) => Date.parse(`${dayKey(now - back * DAY_MS)}T00:00:00Z`) },
    { key: weekKey, count: KEEP_WEEKLY, periodStart: (back) => (Number(weekKey(now)) - back) * 7 * DAY_MS + 4 * DAY_MS },
    {
      key: monthKey,
      count: KEEP_MONTHLY,
      periodStart: (back) => {
        const date = new Date(now);
        return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1);
      },
    },
  ];
  for (const tier of tiers) {
    const oldestKept = tier.periodStart(tier.count - 1);
    const seen = new Set<string>();
    for (const file of newestFirst) {
      if (file.at > now) {
        keep.add(file.fileName);
        continue;
      }
      if (file.at < oldestKept) break;
      const key = tier.key(file.at);
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(file.fileName);
    }
  }
  return newestFirst.filter((file) => !keep.has(file.fileName)).map((file) => file.fileName);
}

export interface AutomaticBackups {
  write(input: { content: string; at: number }): Promise<{ saved: boolean; fileName?: string }>;
  list(): Promise<AutomaticBackupFile[]>;
  read(fileName: string): Promise<string>;
}

/**
 * The desktop app's daily backups in `<folder>` (the data folder's backups/). Each is written to a temporary file
 * and renamed, so a crash part way never leaves a half backup under a backup's name; then retention prunes.
 */
export function createAutomaticBackups(fs: BackupFileSystem, folder: string, clock: { now: () => number }): AutomaticBackups {
  async function list(): Promise<AutomaticBackupFile[]> {
    await fs.mkdir(folder, { recursive: true });
    const names = await fs.readdir(folder);
    const files = await Promise.all(
      names.map(async (fileName) => {
        const at = automaticBackupTime(fileName);
        if (at === undefined) return undefined;
        const { size } = await fs.stat(join(folder, fileName));
        return { fileName, at, bytes: size };
      }),
    );
    return files.filter((file): file is AutomaticBackupFile => file !== undefined).sort((a, b) => b.at - a.at);
  }

  return {
    list,
    async write({ content, at }) {
      await fs.mkdir(folder, { recursive: true });
      const fileName = automaticBackupFileName(at);
      const target = join(folder, fileName);
      const temporary = `${target}.partial`;
      await fs.writeFile(temporary, content, 'utf8');
      await fs.rename(temporary, target);
      for (const stale of backupsToDelete(await list(), clock.now())) await fs.unlink(join(folder, stale));
      return { saved: true, fileName };
    },
    async read(fileName) {
      if (automaticBackupTime(fileName) === undefined) throw new Error(`"${fileName}" is not an automatic backup`);
      return fs.readFile(join(folder, fileName), 'utf8');
    },
  };
}
