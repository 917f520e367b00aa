import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BADGE_FILE_BYTES, readOpenBadge, readOpenBadgeBytes, type OpenBadge } from '../../../../src/domain/credentials/open-badge';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/credentials/${name}`, import.meta.url), 'utf8');
}

function expectBadge(text: string): OpenBadge {
  const reading = readOpenBadge(text);
  if (!reading.ok) throw new Error(`Expected a badge, got: ${reading.message}`);
  return reading.badge;
}

function refusal(text: string): string {
  const reading = readOpenBadge(text);
  if (reading.ok) throw new Error(`Expected a refusal, got the badge ${reading.badge.credential.name}`);
  return reading.message;
}

/** The JSON fixture as an object, changed by `edit`, and written back as text. */
function editedBadge(edit: (badge: Record<string, unknown>) => void): string {
  const badge = JSON.parse(fixture('accessible-interfaces.json')) as Record<string, unknown>;
  edit(badge);
  return JSON.stringify(badge);
}

function achievementOf(badge: Record<string, unknown>): Record<string, unknown> {
  return (badge.credentialSubject as { achievement: Record<string, unknown> }).achievement;
}

function base64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

const ACCESSIBLE_INTERFACES = {
  name: 'Accessible Web Interfaces',
  issuer: 'Harbourline Academy',
  date: '2025-03-14',
  expires: '2028-03-14',
  url: 'https://badges.harbourline.example/credentials/5c1e9b02',
  skills: ['Accessibility', 'WCAG', 'ARIA authoring'],
  description:
    'Builds web interfaces that people using screen readers, keyboards and magnifiers can use, and audits them against WCAG 2.2 AA.\n\nCriteria: Passed a proctored audit of a real site and fixed every failure found.',
};

describe('readOpenBadge: the files it takes', () => {
  it('reads an Open Badges 3.0 credential in JSON: name, issuer, dates, achievement and skills', () => {
    const badge = expectBadge(fixture('accessible-interfaces.json'));
    expect(badge).toEqual({ form: 'json', mediaType: 'application/json', credential: ACCESSIBLE_INTERFACES });
  });

  it('reads the same credential as a compact JWT whose payload is the credential', () => {
    const badge = expectBadge(fixture('accessible-interfaces.jwt'));
    expect(badge).toEqual({ form: 'jwt', mediaType: 'application/jwt', credential: ACCESSIBLE_INTERFACES });
  });

  it('reads a JWT holding the credential under vc, its issuer and dates from the iss, nbf and exp claims', () => {
    const badge = expectBadge(fixture('kanban-practitioner-vc-claim.jwt'));
    expect(badge).toEqual({
      form: 'jwt',
      mediaType: 'application/jwt',
      credential: {
        name: 'Kanban Practitioner',
        issuer: 'guild.flowstate.example',
        date: '2024-11-02',
        expires: '2026-11-02',
        // The credential's id is a urn: the achievement's page is the link a person can open.
        url: 'https://guild.flowstate.example/achievements/kanban-practitioner',
        skills: ['Kanban', 'Agile delivery'],
        description: 'Runs a Kanban system for a small team: visualised work, explicit limits, and flow metrics reviewed weekly.',
      },
    });
  });

  it('reads the Verifiable Credentials 1.1 date fields, issuanceDate and expirationDate', () => {
    const text = editedBadge((badge) => {
      badge['@context'] = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json'];
      delete badge.validFrom;
      delete badge.validUntil;
      badge.issuanceDate = '2023-01-05T00:00:00Z';
      badge.expirationDate = '2024-01-05T00:00:00Z';
    });
    expect(expectBadge(text).credential).toMatchObject({ date: '2023-01-05', expires: '2024-01-05' });
  });

  it('keeps the calendar date the issuer wrote, whatever its offset from UTC', () => {
    const text = editedBadge((badge) => {
      badge.validFrom = '2025-03-14T23:30:00-05:00';
      delete badge.validUntil;
    });
    const credential = expectBadge(text).credential;
    expect(credential.date).toBe('2025-03-14');
    expect(credential).not.toHaveProperty('expires');
  });

  it('names the issuer by its name, else by the host of its id, whether the issuer is a URL, an object or a did:web', () => {
    const issuerOf = (issuer: unknown) => expectBadge(editedBadge((badge) => void (badge.issuer = issuer))).credential.issuer;
    expect(issuerOf('https://www.harbourline.example/issuers/academy')).toBe('harbourline.example');
    expect(issuerOf({ id: 'https://badges.harbourline.example/issuers/academy', type: ['Profile'] })).toBe('badges.harbourline.example');
    expect(issuerOf({ id: 'did:web:academy.harbourline.example', name: '  ' })).toBe('academy.harbourline.example');
    expect(issuerOf('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')).toBe('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK');
  });

  it('gives skills once each, tags before alignments, and leaves the description out when the achievement has none', () => {
    const text = editedBadge((badge) => {
      const achievement = achievementOf(badge);
      achievement.tag = ['WCAG', 'wcag', ' Accessibility ', ''];
      achievement.alignment = [{ targetName: 'Accessibility' }, { targetName: 'Screen readers' }, { targetUrl: 'https://no-name.example' }];
      delete achievement.description;
      delete achievement.criteria;
      badge.id = 'urn:uuid:4e1c0a77-2f6b-4d0e-a8a3-9b7d5c2e1f00';
      delete achievement.id;
    });
    const credential = expectBadge(text).credential;
    expect(credential.skills).toEqual(['WCAG', 'Accessibility', 'Screen readers']);
    expect(credential).not.toHaveProperty('description');
    expect(credential).not.toHaveProperty('url');
  });

  it('shortens what is longer than a credential may hold, so a valid badge is never refused for its length', () => {
    const text = editedBadge((badge) => {
      const achievement = achievementOf(badge);
      achievement.name = 'N'.repeat(250);
      achievement.description = 'D'.repeat(5000);
      achievement.tag = ['T'.repeat(80), ...Array.from({ length: 60 }, (_, index) => `Skill ${String(index)}`)];
    });
    const credential = expectBadge(text).credential;
    expect(credential.name).toHaveLength(200);
    expect(credential.name.endsWith('…')).toBe(true);
    expect(credential.description).toHaveLength(4000);
    expect(credential.skills).toHaveLength(50);
    expect(credential.skills[0]).toHaveLength(60);
  });

  it('reads a file that starts with a byte order mark or blank lines', () => {
    expect(expectBadge(`\uFEFF\n\n${fixture('accessible-interfaces.json')}`).credential.name).toBe('Accessible Web Interfaces');
    expect(expectBadge(`\n${fixture('accessible-interfaces.jwt')}\n\n`).form).toBe('jwt');
  });

  it('reads an unsecured JWT, whose signature segment is empty', () => {
    const payload = JSON.parse(fixture('accessible-interfaces.json')) as unknown;
    expect(expectBadge(`${base64url({ alg: 'none' })}.${base64url(payload)}.`).credential.name).toBe('Accessible Web Interfaces');
  });
});

describe('readOpenBadge: the files it refuses, and what it says', () => {
  it('refuses plain JSON that is not a badge, naming every part it lacks', () => {
    expect(refusal(fixture('not-a-badge.json'))).toBe(
      'This file is not an Open Badge: it has no @context, no type, no validFrom or issuanceDate, and no credentialSubject.achievement.',
    );
  });

  it('refuses a JWT whose payload is not JSON', () => {
    expect(refusal(fixture('broken-payload.jwt'))).toBe('This file is not an Open Badge: it looks like a JWT, but its payload is not base64url-encoded JSON.');
  });

  it('refuses a JWT whose header is not JSON', () => {
    expect(refusal(`bm90IGEgaGVhZGVy.${base64url({ vc: {} })}.c2ln`)).toBe('This file is not an Open Badge: it looks like a JWT, but its header is not base64url-encoded JSON.');
  });

  it('refuses a text file as neither JSON nor a JWT', () => {
    expect(refusal(fixture('meeting-notes.txt'))).toBe('This file is not an Open Badge: it is not JSON and not a JWT.');
  });

  it('refuses an empty file', () => {
    expect(refusal(' \n\t')).toBe('This file is empty: an Open Badge is a JSON document or a JWT.');
  });

  it('refuses JSON that does not parse, saying where it breaks', () => {
    expect(refusal('{"@context": ["https://www.w3.org/ns/credentials/v2",}')).toBe('This file is not an Open Badge: it is not valid JSON: it breaks at line 1, column 54.');
    expect(refusal('{\n  "name": "Badge"\n  "issuer": "Academy"\n}')).toBe('This file is not an Open Badge: it is not valid JSON: it breaks at line 3, column 3.');
  });

  it('refuses JSON that is not an object', () => {
    expect(refusal('["https://www.w3.org/ns/credentials/v2"]')).toBe('This file is not an Open Badge: it holds JSON, but not a credential object.');
  });

  it('refuses an Open Badges 2.0 assertion, saying which version it is and what to ask for', () => {
    expect(refusal(fixture('open-badge-2-assertion.json'))).toBe(
      'This file is an Open Badges 2.0 assertion: only Open Badges 3.0 credentials can be imported. Ask the issuer for the Open Badges 3.0 version of the badge.',
    );
  });

  it('refuses a credential without an achievement, or an achievement without a name', () => {
    expect(refusal(editedBadge((badge) => void (badge.credentialSubject = { id: 'did:example:1' })))).toBe(
      'This file is not an Open Badge: it has no credentialSubject.achievement.',
    );
    expect(refusal(editedBadge((badge) => void delete achievementOf(badge).name))).toBe('This file is not an Open Badge: it has no credentialSubject.achievement.name.');
    expect(refusal(editedBadge((badge) => void (achievementOf(badge).name = 42)))).toBe(
      'This file is not an Open Badge: its credentialSubject.achievement.name is not text.',
    );
  });

  it('refuses a Verifiable Credential that is not an Open Badge: its contexts and type say so', () => {
    const text = editedBadge((badge) => {
      badge['@context'] = ['https://www.w3.org/ns/credentials/v2'];
      badge.type = ['VerifiableCredential', 'UniversityDegreeCredential'];
    });
    expect(refusal(text)).toBe(
      'This file is not an Open Badge: its @context does not include the Open Badges 3.0 context, and its type does not include OpenBadgeCredential or AchievementCredential.',
    );
  });

  it('refuses a credential without the W3C Verifiable Credentials context', () => {
    const text = editedBadge((badge) => void (badge['@context'] = ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']));
    expect(refusal(text)).toBe('This file is not an Open Badge: its @context does not include the W3C Verifiable Credentials context.');
  });

  it('refuses a credential without an issuer', () => {
    expect(refusal(editedBadge((badge) => void delete badge.issuer))).toBe('This file is not an Open Badge: it has no issuer.');
  });

  it('refuses dates that are not dates, and an end before the start', () => {
    expect(refusal(editedBadge((badge) => void (badge.validFrom = '2025-02-30T09:00:00Z')))).toBe(
      'This file is not an Open Badge: its validFrom “2025-02-30T09:00:00Z” is not a date.',
    );
    expect(refusal(editedBadge((badge) => void (badge.validUntil = 'next year')))).toBe('This file is not an Open Badge: its validUntil “next year” is not a date.');
    expect(refusal(editedBadge((badge) => void (badge.validUntil = '2024-01-01T00:00:00Z')))).toBe(
      'This badge cannot be imported: it ends (validUntil 2024-01-01) before it starts (validFrom 2025-03-14).',
    );
  });

  it('refuses, from its bytes, a file too large to be a badge and one that is not text', () => {
    expect(readOpenBadgeBytes(new Uint8Array(MAX_BADGE_FILE_BYTES + 1024 * 1024))).toEqual({
      ok: false,
      message: 'This file is not an Open Badge: it is 6.0 MB, over the 5 MB a badge file may take.',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
    expect(readOpenBadgeBytes(png)).toEqual({ ok: false, message: 'This file is not an Open Badge: it is not text, so it is neither JSON nor a JWT.' });
    expect(readOpenBadgeBytes(new TextEncoder().encode(fixture('accessible-interfaces.jwt')))).toMatchObject({ ok: true, badge: { form: 'jwt' } });
  });
});
