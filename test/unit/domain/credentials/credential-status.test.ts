import { describe, expect, it } from 'vitest';
import { findSameCredential, isCredentialExpired } from '../../../../src/domain/credentials/credential-status';
import type { Credential } from '../../../../src/domain/model';

function stored(overrides: Partial<Credential>): Credential {
  return { id: 'c1', createdAt: 0, updatedAt: 0, name: 'Kanban Practitioner', issuer: 'Flowstate Guild', date: '2024-11-02', skills: [], ...overrides };
}

describe('credential status', () => {
  it('counts a credential as good through its expiry day and expired from the next', () => {
    expect(isCredentialExpired({ expires: '2026-03-14' }, '2026-03-14')).toBe(false);
    expect(isCredentialExpired({ expires: '2026-03-14' }, '2026-03-15')).toBe(true);
    expect(isCredentialExpired({}, '2099-01-01')).toBe(false);
  });

  it('finds the credential an input repeats by name, issuer and date, however they are capitalised', () => {
    const credentials = [stored({ id: 'other', date: '2023-11-02' }), stored({ id: 'same' })];
    expect(findSameCredential(credentials, { name: ' kanban practitioner', issuer: 'FLOWSTATE GUILD', date: '2024-11-02' })?.id).toBe('same');
    expect(findSameCredential(credentials, { name: 'Kanban Practitioner', issuer: 'Another guild', date: '2024-11-02' })).toBeUndefined();
  });
});
