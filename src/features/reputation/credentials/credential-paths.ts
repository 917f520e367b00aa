/** Where the Credentials section and its pages live inside the Reputation area. */
export const CREDENTIALS_PATH = '/reputation/credentials';
export const NEW_CREDENTIAL_PATH = `${CREDENTIALS_PATH}/new`;
export const IMPORT_BADGE_PATH = `${CREDENTIALS_PATH}/import`;

export function editCredentialPath(credentialId: string): string {
  return `${CREDENTIALS_PATH}/${encodeURIComponent(credentialId)}/edit`;
}
