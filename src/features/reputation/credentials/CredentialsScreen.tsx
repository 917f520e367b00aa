import { Route, Routes } from 'react-router';
import { CredentialFormSection } from './CredentialFormSection';
import { CredentialListSection } from './CredentialListSection';
import { OpenBadgeImportSection } from './OpenBadgeImportSection';

/** The Reputation area's Credentials section: the list, the form to add or edit one, and the Open Badge import. */
export function CredentialsScreen() {
  return (
    <Routes>
      <Route index element={<CredentialListSection />} />
      <Route path="new" element={<CredentialFormSection mode="new" />} />
      <Route path="import" element={<OpenBadgeImportSection />} />
      <Route path=":credentialId/edit" element={<CredentialFormSection mode="edit" />} />
      <Route path="*" element={<CredentialListSection />} />
    </Routes>
  );
}
