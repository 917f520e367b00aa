import { Route, Routes } from 'react-router';
import { InvoiceBuilderPage } from './builder/InvoiceBuilderPage';
import { InvoiceDetailPage } from './detail/InvoiceDetailPage';
import { InvoiceListPage } from './InvoiceListPage';

/** The Invoices area: the list by status, the builder for new invoices and drafts, and each invoice's page. */
export function InvoicesScreen() {
  return (
    <Routes>
      <Route index element={<InvoiceListPage />} />
      <Route path="new" element={<InvoiceBuilderPage mode="new" />} />
      <Route path=":invoiceId" element={<InvoiceDetailPage />} />
      <Route path=":invoiceId/edit" element={<InvoiceBuilderPage mode="edit" />} />
      <Route path="*" element={<InvoiceListPage />} />
    </Routes>
  );
}
