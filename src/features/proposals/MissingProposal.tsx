import { Link } from 'react-router';
import { AreaIcon } from '../../ui/AreaIcon';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** Shown for an address whose proposal was deleted or never existed. */
export function MissingProposal() {
  return (
    <div className="page">
      <PageHeader title="Proposal not found" />
      <EmptyState
        icon={<AreaIcon area="proposals" />}
        title="This proposal is not here"
        description={<p>It may have been deleted. Deleted proposals can be brought back with Undo right after deleting.</p>}
        actions={
          <Link to="/proposals" className="button button-primary">
            Back to proposals
          </Link>
        }
      />
    </div>
  );
}
