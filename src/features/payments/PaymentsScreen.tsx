import { Route, Routes } from 'react-router';
import { NewPaymentPage } from './NewPaymentPage';
import { PaymentListPage } from './PaymentListPage';

/** The Payments area: the filtered list and the page to record a payment, with or without an invoice. */
export function PaymentsScreen() {
  return (
    <Routes>
      <Route index element={<PaymentListPage />} />
      <Route path="new" element={<NewPaymentPage />} />
      <Route path="*" element={<PaymentListPage />} />
    </Routes>
  );
}
