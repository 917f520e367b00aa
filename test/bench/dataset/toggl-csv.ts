import { SeededRandom, type NonEmpty } from '../../../src/demo/seeded-random';

export interface TogglCsvOptions {
  seed: number;
  /** Data rows, header not counted. */
  rows: number;
  /** The day the export stops before, `YYYY-MM-DD`: its last rows are dated the day before, going back from there. */
  endDay: string;
}

interface TogglProject {
  client: string;
  project: string;
  /** Euro cents per hour; 0 for work that is not billed. */
  rateMinor: number;
  tasks: NonEmpty<string>;
}

/**
 * The clients and projects of the exported workspace. Names with commas, an ampersand and accents make the writer
 * quote and the importer fold names as a real export would; none of them is a benchmark dataset client, so every
 * import creates its clients and projects.
 */
export const TOGGL_PROJECTS: NonEmpty<TogglProject> = [
  { client: 'Meridian Outfitters', project: 'Storefront rebuild', rateMinor: 9_500, tasks: ['Development', 'Code review', 'Deployment'] },
  { client: 'Meridian Outfitters', project: 'Loyalty app', rateMinor: 9_500, tasks: ['Development', 'Design'] },
  { client: 'Alder & Finch Legal', project: 'Client portal', rateMinor: 11_000, tasks: ['Development', 'Security review'] },
  { client: 'Alder & Finch Legal', project: 'Document search', rateMinor: 11_000, tasks: ['Research', 'Development'] },
  { client: 'Solstice Céramique', project: 'Catalogue site', rateMinor: 8_000, tasks: ['Design', 'Content', 'Development'] },
  { client: 'Quayside Ferries, Ltd.', project: 'Timetable API', rateMinor: 10_500, tasks: ['Development', 'Testing'] },
  { client: 'Quayside Ferries, Ltd.', project: 'Booking flow, phase 2', rateMinor: 10_500, tasks: ['Design', 'Development', 'Testing'] },
  { client: 'Own studio', project: 'Admin', rateMinor: 0, tasks: ['Bookkeeping', 'Email'] },
];

const DESCRIPTIONS: NonEmpty<string> = [
  'Implement checkout, step 2',
  'Fix the "Pay later" button',
  'Weekly call',
  'Write tests for the search index',
  'Review pull requests',
  'Sketch the onboarding screens',
  'Migrate the database, part 1',
  'Tune image sizes for mobile',
  'Plan the next release',
  'Answer support questions',
];

const TAG_SETS: NonEmpty<string> = ['', 'development', 'development, backend', 'design', 'meeting', 'development, frontend'];

export const TOGGL_HEADER = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)';

const USER = 'Zoë Müller';
const EMAIL = 'zoe.mueller@example.com';
const ENTRIES_PER_DAY = 6;
/** The working day starts here (minutes after midnight), far from any daylight-saving change. */
const DAY_START_MINUTES = 8 * 60;
const DAY_MS = 86_400_000;

/** RFC 4180: quoted only when the cell holds a comma, a quote or a line break, as Toggl's classic export does. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function clockText(minutes: number): string {
  return `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}:00`;
}

function dayKeyBefore(endDay: string, daysBack: number): string {
  const end = Date.parse(`${endDay}T00:00:00Z`);
  if (Number.isNaN(end)) throw new RangeError(`The end day must be YYYY-MM-DD, got "${endDay}"`);
  return new Date(end - daysBack * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A Toggl Track detailed report (the classic CSV: BOM, 14 columns, euro amounts) with exactly `rows` time entries:
 * six a day on consecutive days before the end day, newest day first, each day's entries in order. The same options
 * give the same text, byte for byte.
 */
export function generateTogglDetailedCsv(options: TogglCsvOptions): string {
  if (!Number.isInteger(options.rows) || options.rows < 0) throw new RangeError(`The row count must be a whole number, got ${String(options.rows)}`);
  const random = new SeededRandom(options.seed);
  const lines = [`\ufeff${TOGGL_HEADER}`];
  for (let row = 0; row < options.rows; row += 1) {
    const slot = row % ENTRIES_PER_DAY;
    const day = dayKeyBefore(options.endDay, Math.floor(row / ENTRIES_PER_DAY) + 1);
    // Each slot owns 100 minutes of the day, so entries never overlap and the last ends before 18:00.
    const startMinutes = DAY_START_MINUTES + slot * 100 + random.int(0, 10);
    const durationMinutes = random.int(15, 85);
    const project = random.pick(TOGGL_PROJECTS);
    const billable = project.rateMinor > 0;
    const amountMinor = Math.round((project.rateMinor * durationMinutes) / 60);
    lines.push(
      [
        USER,
        EMAIL,
        project.client,
        project.project,
        random.pick(project.tasks),
        random.pick(DESCRIPTIONS),
        billable ? 'Yes' : 'No',
        day,
        clockText(startMinutes),
        day,
        clockText(startMinutes + durationMinutes),
        clockText(durationMinutes),
        random.pick(TAG_SETS),
        billable ? (amountMinor / 100).toFixed(2) : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
