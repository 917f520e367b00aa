import type { DragEvent, KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { platformLabel } from '../../domain/clients/client-display';
import type { Client, Proposal, ProposalStatus } from '../../domain/model';
import { neighbourStatus } from '../../domain/proposals/proposal-status';
import { BidAmount } from './BidAmount';
import { MoveMenu } from './MoveMenu';
import { formatAgo } from './proposal-format';
import { ProposalParty } from './ProposalParty';
import styles from './ProposalBoard.module.css';

interface ProposalCardProps {
  proposal: Proposal;
  client: Client | undefined;
  now: number;
  dragging: boolean;
  onMove: (proposal: Proposal, to: ProposalStatus) => void;
  onDragStart: (proposal: Proposal) => void;
  onDragEnd: () => void;
}

/** When the card last changed column, for the "moved 3 days ago" line. */
function lastMovedAt(proposal: Proposal): number {
  return proposal.statusHistory.at(-1)?.at ?? proposal.createdAt;
}

/** One proposal on the board: drag it to another column, or press Alt+Left/Right, or use its "Move" menu. */
export function ProposalCard({ proposal, client, now, dragging, onMove, onDragStart, onDragEnd }: ProposalCardProps) {
  const locale = useDisplayLocale();

  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const to = neighbourStatus(proposal, event.key === 'ArrowLeft' ? -1 : 1);
    if (to !== undefined) onMove(proposal, to);
  };

  const handleDragStart = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData('text/plain', proposal.id);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(proposal);
  };

  return (
    <li
      className={dragging ? `${styles.proposalCard} ${styles.cardDragging}` : styles.proposalCard}
      draggable
      data-proposal-id={proposal.id}
      data-proposal-status={proposal.status}
      onDragStart={handleDragStart}
      onDragEnd={onDragEnd}
      onKeyDown={handleKeyDown}
    >
      <div className={styles.proposalCardTop}>
        <Link to={`/proposals/${proposal.id}`} className={styles.proposalCardTitle} draggable={false}>
          {proposal.title}
        </Link>
        <MoveMenu proposal={proposal} onMove={(to) => onMove(proposal, to)} />
      </div>
      <div className={styles.proposalCardParty}>
        <ProposalParty proposal={proposal} client={client} />
      </div>
      <div className={styles.proposalCardMeta}>
        <BidAmount bid={proposal.bid} currency={proposal.currency} />
        <span className={styles.proposalCardMetaSep} aria-hidden="true">
          ·
        </span>
        <span>{platformLabel(proposal.platform)}</span>
      </div>
      <div className={styles.proposalCardFooter}>
        <span>{proposal.status === 'draft' ? `Drafted ${formatAgo(proposal.createdAt, now, locale)}` : `Moved ${formatAgo(lastMovedAt(proposal), now, locale)}`}</span>
        {proposal.projectId !== undefined && <span className={styles.proposalCardLinked}>Project created</span>}
      </div>
    </li>
  );
}
