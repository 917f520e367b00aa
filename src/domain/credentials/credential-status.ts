import type { Credential, CredentialInput } from '../model';

/** A credential is good through its expiry day, and expired from the day after. */
export function isCredentialExpired(credential: Pick<Credential, 'expires'>, today: string): boolean {
  return credential.expires !== undefined && credential.expires < today;
}

function folded(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** The stored credential the input repeats, by name, issuer and issue date: importing the same badge twice, say. */
export function findSameCredential(credentials: readonly Credential[], input: Pick<CredentialInput, 'name' | 'issuer' | 'date'>): Credential | undefined {
  return credentials.find((credential) => folded(credential.name) === folded(input.name) && folded(credential.issuer) === folded(input.issuer) && credential.date === input.date);
}
