import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { getCredential, listCredentials, listSkillUsageWithCredentials } from '../../../db/repositories/credentials';
import type { Credential } from '../../../domain/model';
import type { SkillUsage } from '../../../domain/projects/skill-suggestions';

/** Every live credential, most recently earned first. */
export function useCredentials(): Credential[] | undefined {
  return useLiveQuery(() => listCredentials(db), []);
}

export interface CredentialFormSources {
  /** The credential being edited (deleted ones too, so the page can say so); undefined for a new one. */
  credential: Credential | undefined;
  skillUsage: SkillUsage[];
}

/** What the credential form starts from: the stored credential, and the skills already in use to suggest. */
export function useCredentialFormSources(credentialId: string | undefined): CredentialFormSources | undefined {
  return useLiveQuery(async () => {
    const [credential, skillUsage] = await Promise.all([credentialId === undefined ? undefined : getCredential(db, credentialId), listSkillUsageWithCredentials(db)]);
    return { credential, skillUsage };
  }, [credentialId]);
}
