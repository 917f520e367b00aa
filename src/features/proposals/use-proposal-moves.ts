import { useCallback, useState } from 'react';
import type { Proposal, ProposalStatus } from '../../domain/model';
import { PROPOSAL_STATUS_LABELS } from '../../domain/proposals/proposal-status';
import { useAnnounce } from '../../ui/Announcer';
import { useProposalCommands } from './use-proposal-commands';

/** A move to Won or Lost, waiting for its dialog to confirm it. */
export interface PendingDecision {
  kind: 'won' | 'lost';
  proposal: Proposal;
}

export interface ProposalMoves {
  /** Moves a proposal; Won and Lost first ask in a dialog (render ProposalMoveDialog beside the controls). */
  requestMove: (proposal: Proposal, to: ProposalStatus) => void;
  pending: PendingDecision | null;
  /** The dialog was closed without a decision. */
  cancel: () => void;
  /** The dialog stored its decision. */
  decided: (proposal: Proposal) => void;
}

/**
 * One way to move proposals for the board, its menus and the detail page: every move lands in the status history,
 * Won converts through its dialog and Lost asks for a reason. `onMoved` hears of each completed move, `onCancelled`
 * of a Won or Lost dialog closed without a decision (the menu that opened it is gone, so focus needs a new home).
 */
export function useProposalMoves(onMoved?: (proposal: Proposal) => void, onCancelled?: (proposal: Proposal) => void): ProposalMoves {
  const announce = useAnnounce();
  const { moveProposal } = useProposalCommands();
  const [pending, setPending] = useState<PendingDecision | null>(null);

  const requestMove = useCallback(
    (proposal: Proposal, to: ProposalStatus) => {
      if (to === 'won' || to === 'lost') {
        setPending({ kind: to, proposal });
        return;
      }
      void moveProposal(proposal.id, to).then((result) => {
        if (!result.ok) {
          announce(`“${proposal.title}” was not moved: ${Object.values(result.errors).join(' ')}`, 'danger');
          return;
        }
        onMoved?.(result.value);
        announce(`Moved “${proposal.title}” to ${PROPOSAL_STATUS_LABELS[to]}`);
      });
    },
    [announce, moveProposal, onMoved],
  );

  const cancel = useCallback(() => {
    if (pending !== null) onCancelled?.(pending.proposal);
    setPending(null);
  }, [pending, onCancelled]);
  const decided = useCallback(
    (proposal: Proposal) => {
      setPending(null);
      onMoved?.(proposal);
    },
    [onMoved],
  );
  return { requestMove, pending, cancel, decided };
}
