import type { CredentialInput } from '../model';
import { readCompactJwt } from './compact-jwt';
import { jsonSyntaxErrorPosition } from './json-syntax-error';
import { readAchievement, readContexts, readDate, readIssuer, readType, type AchievementPart, type IssuerPart, type PartReading } from './open-badge-parts';

/**
 * Open Badges 3.0 credentials read from a file a freelancer was given: the JSON form (a Verifiable Credential, 1.1 or
 * 2.0) or the compact JWT form. The file is a trust boundary: every part is checked, and a file that is not a badge
 * is told what it lacks. Signatures are not verified; the credential is taken as given and the file kept beside it.
 */

export type OpenBadgeForm = 'json' | 'jwt';

export interface OpenBadge {
  form: OpenBadgeForm;
  /** The media type of the form, for a file the system did not give one. */
  mediaType: 'application/json' | 'application/jwt';
  /** The credential as Repute stores it, every field within what a credential may hold. */
  credential: CredentialInput;
}

export type OpenBadgeReading = { ok: true; badge: OpenBadge } | { ok: false; message: string };

/** Larger than any badge, embedded image and all: a wrong pick (a video, an archive) is refused before it is read. */
export const MAX_BADGE_FILE_BYTES = 5 * 1024 * 1024;

/** What a credential may hold (see credentialInputSchema); longer text from a badge is shortened to fit. */
const MAX_NAME = 200;
const MAX_DESCRIPTION = 4000;
const MAX_SKILL = 60;
const MAX_SKILLS = 50;

const NOT_A_BADGE = 'This file is not an Open Badge';

function refused(message: string): OpenBadgeReading {
  return { ok: false, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "it has no A", "it has no B", "its C is …" → "it has no A, no B, and its C is …". */
function sentence(problems: readonly string[]): string {
  const clauses = problems.map((problem, index) => (index > 0 && problem.startsWith('it has no ') && (problems[index - 1] ?? '').startsWith('it has no ') ? problem.slice('it has '.length) : problem));
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1) ?? ''}`;
}

function isWebLink(value: string | undefined): value is string {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A profile's name, else what its id says of it: a web address by its host, a did:web by its domain, else the id. */
function issuerName(issuer: IssuerPart): string {
  if (issuer.name !== undefined) return clip(issuer.name, MAX_NAME);
  const id = issuer.id ?? '';
  if (isWebLink(id)) return new URL(id).hostname.replace(/^www\./, '');
  const didWeb = /^did:web:([^:]+)/.exec(id);
  if (didWeb?.[1] !== undefined) return clip(decodeURIComponent(didWeb[1]), MAX_NAME);
  return clip(id, MAX_NAME);
}

/** The achievement's tags, then its alignments' names: each skill once, however it is capitalised. */
function skillsOf(achievement: AchievementPart): string[] {
  const alignmentNames = (achievement.alignment ?? []).map((alignment) => (isRecord(alignment) ? alignment.targetName : undefined));
  const skills: string[] = [];
  const seen = new Set<string>();
  for (const candidate of [...(achievement.tag ?? []), ...alignmentNames]) {
    if (typeof candidate !== 'string') continue;
    const skill = clip(candidate.trim(), MAX_SKILL);
    if (skill === '' || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    skills.push(skill);
  }
  return skills.slice(0, MAX_SKILLS);
}

/** The achievement's description and, after it, what earning it took. */
function descriptionOf(achievement: AchievementPart): string | undefined {
  const narrative = achievement.criteria?.narrative?.trim() ?? '';
  const parts = [achievement.description?.trim() ?? '', narrative === '' ? '' : `Criteria: ${narrative}`].filter((part) => part !== '');
  return parts.length === 0 ? undefined : clip(parts.join('\n\n'), MAX_DESCRIPTION);
}

function isOpenBadge2(document: Record<string, unknown>): boolean {
  const contexts = Array.isArray(document['@context']) ? document['@context'] : [document['@context']];
  const types = Array.isArray(document.type) ? document.type : [document.type];
  return contexts.includes('https://w3id.org/openbadges/v2') || (types.includes('Assertion') && 'badge' in document);
}

function problemsOf(reading: PartReading<unknown>): string[] {
  return reading.ok ? [] : reading.problems;
}

/** A credential object, as parsed from JSON or a JWT's payload, read into what Repute stores. */
function readCredential(document: unknown, form: OpenBadgeForm): OpenBadgeReading {
  if (!isRecord(document)) return refused(`${NOT_A_BADGE}: it holds JSON, but not a credential object.`);
  if (isOpenBadge2(document)) {
    return refused(
      'This file is an Open Badges 2.0 assertion: only Open Badges 3.0 credentials can be imported. Ask the issuer for the Open Badges 3.0 version of the badge.',
    );
  }
  const contexts = readContexts(document['@context']);
  const type = readType(document.type);
  const issuer = readIssuer(document.issuer);
  const validFrom = readDate(document, ['validFrom', 'issuanceDate']);
  const validUntil = readDate(document, ['validUntil', 'expirationDate']);
  const achievement = readAchievement(document.credentialSubject);
  const problems = [
    ...problemsOf(contexts),
    ...problemsOf(type),
    ...problemsOf(issuer),
    ...(validFrom.ok && validFrom.value === undefined ? ['it has no validFrom or issuanceDate'] : problemsOf(validFrom)),
    ...problemsOf(validUntil),
    ...problemsOf(achievement),
  ];
  if (!issuer.ok || !validFrom.ok || validFrom.value === undefined || !validUntil.ok || !achievement.ok || problems.length > 0) {
    return refused(`${NOT_A_BADGE}: ${sentence(problems)}.`);
  }

  const start = validFrom.value;
  const end = validUntil.value;
  if (end !== undefined && end.date < start.date) {
    return refused(`This badge cannot be imported: it ends (${end.field} ${end.date}) before it starts (${start.field} ${start.date}).`);
  }

  const credential: CredentialInput = {
    name: clip(achievement.value.name, MAX_NAME),
    issuer: issuerName(issuer.value),
    date: start.date,
    skills: skillsOf(achievement.value),
  };
  if (end !== undefined) credential.expires = end.date;
  const link = [document.id, achievement.value.id].find((id) => typeof id === 'string' && isWebLink(id));
  if (typeof link === 'string') credential.url = link;
  const description = descriptionOf(achievement.value);
  if (description !== undefined) credential.description = description;
  return { ok: true, badge: { form, mediaType: form === 'json' ? 'application/json' : 'application/jwt', credential } };
}

function isoFromSeconds(seconds: unknown): string | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
}

/**
 * The credential a JWT carries: its whole payload (Verifiable Credentials 2.0, "vc+jwt"), or the `vc` claim of a
 * 1.1 token, whose issuer, dates and id may live in the registered claims (iss, nbf, exp, jti) instead.
 */
function credentialInPayload(payload: unknown): unknown {
  if (!isRecord(payload) || !isRecord(payload.vc)) return payload;
  const credential: Record<string, unknown> = { ...payload.vc };
  credential.issuer ??= payload.iss;
  credential.id ??= payload.jti;
  if (credential.validFrom === undefined && credential.issuanceDate === undefined) credential.issuanceDate = isoFromSeconds(payload.nbf ?? payload.iat);
  if (credential.validUntil === undefined && credential.expirationDate === undefined) credential.expirationDate = isoFromSeconds(payload.exp);
  return credential;
}

/** Reads an Open Badges 3.0 credential from a file's text: JSON, or a compact JWT. */
export function readOpenBadge(text: string): OpenBadgeReading {
  const content = text.replace(/^\uFEFF/, '').trim();
  if (content === '') return refused('This file is empty: an Open Badge is a JSON document or a JWT.');
  if (content.startsWith('{') || content.startsWith('[')) {
    let document: unknown;
    try {
      document = JSON.parse(content);
    } catch {
      const position = jsonSyntaxErrorPosition(content);
      const where = position === undefined ? '' : `: it breaks at line ${String(position.line)}, column ${String(position.column)}`;
      return refused(`${NOT_A_BADGE}: it is not valid JSON${where}.`);
    }
    return readCredential(document, 'json');
  }
  const jwt = readCompactJwt(content);
  if (jwt.kind === 'notJwt') return refused(`${NOT_A_BADGE}: it is not JSON and not a JWT.`);
  if (jwt.kind === 'broken') return refused(`${NOT_A_BADGE}: it looks like a JWT, but its ${jwt.part} is not base64url-encoded JSON.`);
  return readCredential(credentialInPayload(jwt.payload), 'jwt');
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Why a file of this size is refused before it is read, or undefined when it may be a badge. */
export function badgeFileSizeRefusal(size: number): string | undefined {
  if (size <= MAX_BADGE_FILE_BYTES) return undefined;
  return `${NOT_A_BADGE}: it is ${megabytes(size)} MB, over the ${String(MAX_BADGE_FILE_BYTES / (1024 * 1024))} MB a badge file may take.`;
}

/** Reads an Open Badge from a file's bytes: refused when too large or not text, read as UTF-8 otherwise. */
export function readOpenBadgeBytes(bytes: Uint8Array): OpenBadgeReading {
  const tooLarge = badgeFileSizeRefusal(bytes.byteLength);
  if (tooLarge !== undefined) return refused(tooLarge);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(`${NOT_A_BADGE}: it is not text, so it is neither JSON nor a JWT.`);
  }
  return readOpenBadge(text);
}
