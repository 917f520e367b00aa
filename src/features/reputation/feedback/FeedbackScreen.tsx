import { Route, Routes } from 'react-router';
import { FeedbackFormPage } from './FeedbackFormPage';
import { FeedbackSection } from './FeedbackSection';

/** The Feedback section of the Reputation page: the list, and the forms to add and edit a review. */
export function FeedbackScreen() {
  return (
    <Routes>
      <Route index element={<FeedbackSection />} />
      <Route path="new" element={<FeedbackFormPage mode="new" />} />
      <Route path=":feedbackId/edit" element={<FeedbackFormPage mode="edit" />} />
      <Route path="*" element={<FeedbackSection />} />
    </Routes>
  );
}
