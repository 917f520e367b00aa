import { Route, Routes } from 'react-router';
import { ClientDetailPage } from './ClientDetailPage';
import { ClientFormPage } from './ClientFormPage';
import { ClientListPage } from './ClientListPage';

/** The Clients area: the list, a client's page, and the forms to add and edit one. */
export function ClientsScreen() {
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path="new" element={<ClientFormPage mode="new" />} />
      <Route path=":clientId" element={<ClientDetailPage />} />
      <Route path=":clientId/edit" element={<ClientFormPage mode="edit" />} />
      <Route path="*" element={<ClientListPage />} />
    </Routes>
  );
}
