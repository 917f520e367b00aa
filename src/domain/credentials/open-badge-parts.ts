import { z } from 'zod';

/**
 * The parts of an Open Badges 3.0 credential Repute reads, each checked on its own with zod so that a file missing
 * several of them is told about all of them at once. Each problem is a clause, "it has no issuer", for one sentence.
 */
export type PartReading<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];
/** The Open Badges 3.0 context, unversioned or pinned to a release ("context-3.0.3.json"). */
const OPEN_BADGES_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-\d+(\.\d+)*)?\.json$/;
export const OPEN_BADGE_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

function missingOr(path: string, wrong: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? `it has no ${path}` : `its ${path} ${wrong}`);
}

function read<T>(schema: z.ZodType<T>, value: unknown): PartReading<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
}

function listOf(value: string | unknown[]): unknown[] {
  return typeof value === 'string' ? [value] : value;
}

const contextSchema = z.union([z.string(), z.array(z.unknown())], { error: missingOr('@context', 'is not a list of contexts') });

/** The credential's contexts: the W3C Verifiable Credentials one (1.1 or 2.0) and the Open Badges 3.0 one. */
export function readContexts(value: unknown): PartReading<undefined> {
  const contexts = read(contextSchema, value);
  if (!contexts.ok) return contexts;
  const listed = listOf(contexts.value);
  const problems: string[] = [];
  if (!listed.some((context) => typeof context === 'string' && VC_CONTEXTS.includes(context))) {
    problems.push('its @context does not include the W3C Verifiable Credentials context');
  }
  if (!listed.some((context) => typeof context === 'string' && OPEN_BADGES_CONTEXT.test(context))) {
    problems.push('its @context does not include the Open Badges 3.0 context');
  }
  return problems.length === 0 ? { ok: true, value: undefined } : { ok: false, problems };
}

const typeSchema = z.union([z.string(), z.array(z.unknown())], { error: missingOr('type', 'is not a list of types') });

/** The credential's type, which names it an Open Badge. */
export function readType(value: unknown): PartReading<undefined> {
  const types = read(typeSchema, value);
  if (!types.ok) return types;
  if (listOf(types.value).some((type) => typeof type === 'string' && OPEN_BADGE_TYPES.includes(type))) return { ok: true, value: undefined };
  return { ok: false, problems: [`its type does not include ${OPEN_BADGE_TYPES.join(' or ')}`] };
}

const issuerSchema = z.union(
  [z.string().trim().min(1), z.object({ id: z.string().trim().optional().catch(undefined), name: z.string().trim().optional().catch(undefined) })],
  { error: missingOr('issuer', 'is neither a link nor a profile') },
);

/** Who issued the badge: a name when its profile gives one, and its id (a URL or a DID) when it has one. */
export interface IssuerPart {
  name?: string;
  id?: string;
}

export function readIssuer(value: unknown): PartReading<IssuerPart> {
  const issuer = read(issuerSchema, value);
  if (!issuer.ok) return issuer;
  if (typeof issuer.value === 'string') return { ok: true, value: { id: issuer.value } };
  const { id, name } = issuer.value;
  const part: IssuerPart = {};
  if (id !== undefined && id !== '') part.id = id;
  if (name !== undefined && name !== '') part.name = name;
  return part.id === undefined && part.name === undefined ? { ok: false, problems: ['its issuer has no name and no id'] } : { ok: true, value: part };
}

/** An XML Schema dateTime as Verifiable Credentials write them, or a bare date; the offset is optional. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/i;

/**
 * The calendar date a dateTime names, as the issuer wrote it: "2025-03-14T23:30:00-05:00" is 14 March, the day the
 * issuer awarded it, though it was already the 15th in UTC.
 */
function calendarDate(value: string): string | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (match === null) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return exists ? `${year}-${month}-${day}` : undefined;
}

/** A dated field and the day it names; `field` says which of the two names the file used. */
export interface DatedField {
  field: string;
  date: string;
}

/**
 * One of two date fields, the Verifiable Credentials 2.0 name first (validFrom) and then the 1.1 one (issuanceDate):
 * undefined when neither is there.
 */
export function readDate(credential: Record<string, unknown>, fields: readonly [string, string]): PartReading<DatedField | undefined> {
  const field = fields.find((name) => credential[name] !== undefined);
  if (field === undefined) return { ok: true, value: undefined };
  const raw = credential[field];
  const date = typeof raw === 'string' ? calendarDate(raw) : undefined;
  if (date !== undefined) return { ok: true, value: { field, date } };
  return { ok: false, problems: [typeof raw === 'string' ? `its ${field} “${raw}” is not a date` : `its ${field} is not a date`] };
}

const ACHIEVEMENT = 'credentialSubject.achievement';

const achievementSchema = z.object(
  {
    id: z.string().optional().catch(undefined),
    name: z
      .string({ error: missingOr(`${ACHIEVEMENT}.name`, 'is not text') })
      .trim()
      .min(1, `its ${ACHIEVEMENT}.name is empty`),
    description: z.string().optional().catch(undefined),
    criteria: z
      .object({ id: z.string().optional().catch(undefined), narrative: z.string().optional().catch(undefined) })
      .optional()
      .catch(undefined),
    // Decorations: a badge whose tags or alignments are malformed is still the badge, without them.
    tag: z.array(z.unknown()).optional().catch(undefined),
    alignment: z.array(z.unknown()).optional().catch(undefined),
  },
  { error: missingOr(ACHIEVEMENT, 'is not an object') },
);

export type AchievementPart = z.infer<typeof achievementSchema>;

/** The achievement the credential awards; a subject given as a list is read from its first entry that has one. */
export function readAchievement(subject: unknown): PartReading<AchievementPart> {
  const subjects: unknown[] = Array.isArray(subject) ? subject : [subject];
  const holder = subjects.find((entry) => typeof entry === 'object' && entry !== null && 'achievement' in entry);
  const achievement: unknown = typeof holder === 'object' && holder !== null && 'achievement' in holder ? holder.achievement : undefined;
  return read(achievementSchema, achievement);
}
