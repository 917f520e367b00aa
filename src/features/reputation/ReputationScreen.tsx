import { Route, Routes } from 'react-router';
import { CredentialsScreen } from './credentials/CredentialsScreen';
import { FeedbackScreen } from './feedback/FeedbackScreen';
import { PageHeader } from '../../ui/PageHeader';
import { SectionNav, type NavSection } from '../../ui/SectionNav';
import { ReputationOverview } from './ReputationOverview';

const REPUTATION_SECTIONS: readonly NavSection[] = [
  { to: '/reputation', label: 'Overview', end: true },
  { to: '/reputation/feedback', label: 'Feedback', end: false },
  { to: '/reputation/credentials', label: 'Credentials', end: false },
];

/** The Reputation area: the figures a marketplace would show, computed in the open, and the records behind them. */
export function ReputationScreen() {
  return (
    <div className="page">
      <PageHeader title="Reputation" description="Your record as a freelancer, computed from your own data, with every formula in view." />
      <SectionNav label="Reputation sections" sections={REPUTATION_SECTIONS} />
      <Routes>
        <Route index element={<ReputationOverview />} />
        <Route path="feedback/*" element={<FeedbackScreen />} />
        <Route path="credentials/*" element={<CredentialsScreen />} />
        <Route path="*" element={<ReputationOverview />} />
      </Routes>
    </div>
  );
}
