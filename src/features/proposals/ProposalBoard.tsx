import { useCallback, useEffect, useId, useState, type DragEvent } from 'react';
import type { Client, Proposal, ProposalStatus } from '../../domain/model';
import { PROPOSAL_STATUSES, PROPOSAL_STATUS_LABELS, statusMoveRefusal } from '../../domain/proposals/proposal-status';
import type { BadgeTone } from '../../ui/Badge';
import { ProposalCard } from './ProposalCard';
import { PROPOSAL_STATUS_TONES } from './proposal-labels';
import { ProposalMoveDialog } from './ProposalMoveDialog';
import { StatusDot } from './StatusDot';
import { useProposalMoves } from './use-proposal-moves';
import styles from './ProposalBoard.module.css';

const COLUMN_TONE_CLASSES: Record<BadgeTone, string | undefined> = {
  neutral: undefined,
  accent: styles.proposalColumnAccent,
  warning: styles.proposalColumnWarning,
  success: styles.proposalColumnSuccess,
  danger: styles.proposalColumnDanger,
};

interface ProposalBoardProps {
  proposals: readonly Proposal[];
  clientsById: ReadonlyMap<string, Client>;
  now: number;
}

interface ColumnProps {
  status: ProposalStatus;
  proposals: readonly Proposal[];
  clientsById: ReadonlyMap<string, Client>;
  now: number;
  dragged: Proposal | undefined;
  onMove: (proposal: Proposal, to: ProposalStatus) => void;
  onDragStart: (proposal: Proposal) => void;
  onDragEnd: () => void;
}

function BoardColumn({ status, proposals, clientsById, now, dragged, onMove, onDragStart, onDragEnd }: ColumnProps) {
  const headingId = useId();
  const [over, setOver] = useState(false);
  const accepts = dragged !== undefined && statusMoveRefusal(dragged, status) === undefined;

  const handleDragOver = (event: DragEvent<HTMLElement>) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };

  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (dragged !== undefined && accepts) onMove(dragged, status);
    onDragEnd();
  };

  const classes = [
    styles.proposalColumn,
    COLUMN_TONE_CLASSES[PROPOSAL_STATUS_TONES[status]],
    dragged !== undefined && !accepts && styles.columnClosed,
    over && accepts && styles.columnOver,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      className={classes}
      aria-labelledby={headingId}
      onDragOver={handleDragOver}
      onDragEnter={handleDragOver}
      onDragLeave={(event) => {
        if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setOver(false);
      }}
      onDrop={handleDrop}
    >
      <header className={styles.proposalColumnHeader}>
        <StatusDot status={status} />
        <h2 id={headingId} className={styles.proposalColumnTitle}>
          {PROPOSAL_STATUS_LABELS[status]}
        </h2>
        <span className={styles.proposalColumnCount} aria-label={`${proposals.length} ${proposals.length === 1 ? 'proposal' : 'proposals'}`}>
          {proposals.length}
        </span>
      </header>
      {/* An explicit role: list styling removed, some screen readers stop announcing a list. */}
      <ul role="list" aria-label={PROPOSAL_STATUS_LABELS[status]} className={styles.proposalColumnList}>
        {proposals.map((proposal) => (
          <ProposalCard
            key={proposal.id}
            proposal={proposal}
            client={proposal.clientId === undefined ? undefined : clientsById.get(proposal.clientId)}
            now={now}
            dragging={dragged?.id === proposal.id}
            onMove={onMove}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          />
        ))}
      </ul>
      {proposals.length === 0 && <p className={styles.proposalColumnEmpty}>{dragged !== undefined && accepts ? 'Drop here' : 'Nothing here'}</p>}
    </section>
  );
}

/**
 * The pipeline as columns by status, under the line that says how to move cards. A card moves by drag and drop, by Alt+Left/Right, or through its "Move" menu;
 * after a move, focus follows the card into its new column, and back to it when a Won or Lost dialog is cancelled.
 */
export function ProposalBoard({ proposals, clientsById, now }: ProposalBoardProps) {
  const [dragged, setDragged] = useState<Proposal | undefined>(undefined);
  const [focusAfterMove, setFocusAfterMove] = useState<Pick<Proposal, 'id' | 'status'> | undefined>(undefined);
  const focusCard = useCallback((proposal: Proposal) => setFocusAfterMove({ id: proposal.id, status: proposal.status }), []);
  const moves = useProposalMoves(focusCard, focusCard);

  useEffect(() => {
    if (focusAfterMove === undefined) return;
    // The live query re-renders the card in its new column a moment after the write; wait for that one.
    const card = document.querySelector<HTMLElement>(`[data-proposal-id="${CSS.escape(focusAfterMove.id)}"][data-proposal-status="${focusAfterMove.status}"]`);
    // The card's title is its first link.
    const target = card?.querySelector<HTMLElement>('a[href]');
    if (target === undefined || target === null) return;
    target.focus();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setFocusAfterMove(undefined);
  }, [focusAfterMove, proposals]);

  const byStatus = new Map<ProposalStatus, Proposal[]>(PROPOSAL_STATUSES.map((status) => [status, []]));
  for (const proposal of proposals) byStatus.get(proposal.status)?.push(proposal);

  return (
    <>
      <p className={styles.proposalBoardHint}>
        Drag a card to another column, or focus it and press <kbd>Alt</kbd>+<kbd>←</kbd> / <kbd>→</kbd>. Every move is kept in the proposal’s history.
      </p>
      <div className={styles.proposalBoard}>
        {PROPOSAL_STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            proposals={byStatus.get(status) ?? []}
            clientsById={clientsById}
            now={now}
            dragged={dragged}
            onMove={moves.requestMove}
            onDragStart={setDragged}
            onDragEnd={() => setDragged(undefined)}
          />
        ))}
      </div>
      <ProposalMoveDialog moves={moves} clientsById={clientsById} />
    </>
  );
}
