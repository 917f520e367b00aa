import { Link, useNavigate } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { platformLabel } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { allowedStatusMoves, isOpenStatus } from '../../domain/proposals/proposal-status';
import { bidValueMinor } from '../../domain/proposals/proposal-value';
import { useAnnounce } from '../../ui/Announcer';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Money } from '../../ui/Money';
import { BackLink } from '../../ui/BackLink';
import { PageHeader } from '../../ui/PageHeader';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { BidAmount } from './BidAmount';
import { MissingProposal } from './MissingProposal';
import { MoveMenu } from './MoveMenu';
import { formatDate, formatDayKey } from './proposal-format';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from './proposal-labels';
import { ProposalParty } from './ProposalParty';
import { StatusHistory } from './StatusHistory';
import { ProposalMoveDialog } from './ProposalMoveDialog';
import { useProposalCommands } from './use-proposal-commands';
import { useProposalDetail, useProposals } from './use-proposals';
import { useProposalMoves } from './use-proposal-moves';
import styles from './ProposalDetailPage.module.css';

const NO_CLIENTS: ReadonlyMap<string, Client> = new Map();

function TextBlock({ title, text, empty }: { title: string; text: string; empty: string }) {
  return (
    <section className="card">
      <div className="card-header">
        <h2 className="section-title">{title}</h2>
      </div>
      <div className="card-body">{text.trim() === '' ? <p className="muted">{empty}</p> : <p className={styles.proposalText}>{text}</p>}</div>
    </section>
  );
}

/** One proposal: what was offered, to whom, where it stands and how it got there; won ones link to their project. */
export function ProposalDetailPage({ id }: { id: string }) {
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const detail = useProposalDetail(id);
  const view = useProposals();
  const moves = useProposalMoves();
  const { requestMove } = moves;
  const { deleteProposal, restoreProposal } = useProposalCommands();

  if (detail === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Proposal" />
      </div>
    );
  }
  if (detail === null) return <MissingProposal />;
  const { proposal, client, project } = detail;
  const value = bidValueMinor(proposal);

  const remove = async () => {
    await deleteProposal(proposal.id);
    void navigate('/proposals');
    announce(`Deleted “${proposal.title}”`, 'neutral', { label: 'Undo', run: () => void restoreProposal(proposal.id) });
  };

  return (
    <div className="page">
      <BackLink to="/proposals" label="Proposals" />
      <PageHeader
        title={proposal.title}
        description={
          <span className={styles.proposalDetailSubtitle}>
            <Badge tone={PROPOSAL_STATUS_TONES[proposal.status]}>{PROPOSAL_STATUS_LABELS[proposal.status]}</Badge>
            <ProposalParty proposal={proposal} client={client} />
            <span>· {platformLabel(proposal.platform)}</span>
          </span>
        }
        actions={
          <>
            {(isOpenStatus(proposal.status) || proposal.status === 'draft') && (
              <Button variant="primary" onClick={() => requestMove(proposal, 'won')}>
                Mark as won
              </Button>
            )}
            {allowedStatusMoves(proposal).length > 0 && <MoveMenu proposal={proposal} onMove={(to) => requestMove(proposal, to)} appearance="full" />}
            <Link to={`/proposals/${proposal.id}/edit`} className="button button-secondary">
              Edit
            </Link>
            <Button variant="ghost" onClick={() => void remove()}>
              Delete
            </Button>
          </>
        }
      />

      {project !== undefined && (
        <section className={styles.proposalWonBanner} aria-label="Became a project">
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <p>
            Won and became the project <Link to={`/projects/${project.id}`}>{project.name}</Link>
            {client !== undefined && (
              <>
                {' '}
                for <Link to={`/clients/${client.id}`}>{client.name}</Link>
              </>
            )}
            , started {formatDayKey(project.startDate, locale)}.
          </p>
        </section>
      )}
      {proposal.status === 'lost' && (
        <section className={styles.proposalLostBanner} aria-label="Lost">
          <p>
            Lost{proposal.decidedAt !== undefined && ` on ${formatDate(proposal.decidedAt, timeZone, locale)}`}
            {proposal.lostReason !== undefined ? `: ${proposal.lostReason}` : '. No reason recorded.'}
          </p>
        </section>
      )}

      <div className={styles.proposalDetailGrid}>
        <div className="stack-lg">
          <TextBlock title="Cover letter" text={proposal.coverLetter} empty="No cover letter yet." />
          <TextBlock title="Job post" text={proposal.jobText} empty="No job post saved." />
        </div>
        <div className="stack-lg">
          <section className="card">
            <div className="card-header">
              <h2 className="section-title">Details</h2>
            </div>
            <dl className="key-values card-body">
              <dt>{client !== undefined ? 'Client' : 'Prospect'}</dt>
              <dd>{client !== undefined ? <Link to={`/clients/${client.id}`}>{client.name}</Link> : <ProposalParty proposal={proposal} client={undefined} />}</dd>
              {project !== undefined && (
                <>
                  <dt>Project</dt>
                  <dd>
                    <Link to={`/projects/${project.id}`}>{project.name}</Link>
                  </dd>
                </>
              )}
              <dt>Bid</dt>
              <dd>
                <BidAmount bid={proposal.bid} currency={proposal.currency} />
              </dd>
              <dt>Estimate</dt>
              <dd>{proposal.estimatedHours === undefined ? <span className="muted">None</span> : `${proposal.estimatedHours.toLocaleString(locale)} hours`}</dd>
              <dt>Value</dt>
              <dd>{value === undefined ? <span className="muted">Needs an estimate</span> : <Money amountMinor={value} currency={proposal.currency} />}</dd>
              <dt>Connects</dt>
              <dd>
                {proposal.connectsSpent}
                {proposal.connectsCostMinor > 0 && (
                  <span className="muted">
                    {' '}
                    · <Money amountMinor={proposal.connectsCostMinor} currency={proposal.currency} />
                  </span>
                )}
              </dd>
              <dt>Submitted</dt>
              <dd>{proposal.submittedAt === undefined ? <span className="muted">Not yet</span> : formatDate(proposal.submittedAt, timeZone, locale)}</dd>
              {proposal.jobUrl !== undefined && proposal.jobUrl !== '' && (
                <>
                  <dt>Job link</dt>
                  <dd className={styles.proposalUrl}>{proposal.jobUrl}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="card">
            <div className="card-header">
              <h2 className="section-title">Status history</h2>
            </div>
            <div className="card-body">
              <StatusHistory proposal={proposal} />
            </div>
          </section>
        </div>
      </div>
      <ProposalMoveDialog moves={moves} clientsById={view?.clientsById ?? NO_CLIENTS} />
    </div>
  );
}
