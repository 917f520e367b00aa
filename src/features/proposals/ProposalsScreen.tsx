import { Route, Routes, useParams } from 'react-router';
import { EditProposalPage } from './EditProposalPage';
import { NewProposalPage } from './NewProposalPage';
import { ProposalDetailPage } from './ProposalDetailPage';
import { ProposalsOverview } from './ProposalsOverview';

function DetailRoute() {
  const { proposalId = '' } = useParams();
  return <ProposalDetailPage key={proposalId} id={proposalId} />;
}

function EditRoute() {
  const { proposalId = '' } = useParams();
  return <EditProposalPage key={proposalId} id={proposalId} />;
}

/** Every bid sent, from draft to won or lost: the board, the table, a proposal's page and its form. */
export function ProposalsScreen() {
  return (
    <Routes>
      <Route index element={<ProposalsOverview />} />
      <Route path="new" element={<NewProposalPage />} />
      <Route path=":proposalId" element={<DetailRoute />} />
      <Route path=":proposalId/edit" element={<EditRoute />} />
    </Routes>
  );
}
