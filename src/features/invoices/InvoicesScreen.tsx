import { Route, Routes } from 'react-router';
import { InvoiceBuilderPage } from './builder/InvoiceBuilderPage';
import { InvoiceDetailPage } from './detail/InvoiceDetailPage';
import { InvoiceListPage } from './InvoiceListPage';
// In this order: later sheets refine the shared ones.
import './invoices-list.css';
import './invoice-shared.css';
import './invoice-builder.css';
import './invoice-builder-lines.css';
import './invoice-page.css';

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
