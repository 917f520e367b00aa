import { useCallback, useState, type ReactNode } from 'react';
import { db } from '../../db';
import { changeProposalStatus } from '../../db/repositories/proposals';
import type { Client, Proposal, ProposalStatus } from '../../domain/model';
import { PROPOSAL_STATUS_LABELS } from '../../domain/proposals/proposal-status';
import { useAnnounce } from '../../ui/Announcer';
import { MarkLostDialog } from './MarkLostDialog';
import { MarkWonDialog } from './MarkWonDialog';

type PendingDecision = { kind: 'won' | 'lost'; proposal: Proposal } | null;

export interface ProposalMoves {
  /** Moves a proposal; Won and Lost first ask in a dialog. */
  requestMove: (proposal: Proposal, to: ProposalStatus) => void;
  /** The open dialog, if any; render it once beside the controls that move proposals. */
  dialogs: ReactNode;
}

/**
 * One way to move proposals for the board, its menus and the detail page: every move lands in the status history,
 * Won converts through its dialog and Lost asks for a reason. `onMoved` hears of each completed move.
 */
export function useProposalMoves(clientsById: ReadonlyMap<string, Client>, onMoved?: (proposal: Proposal) => void): ProposalMoves {
  const announce = useAnnounce();
  const [pending, setPending] = useState<PendingDecision>(null);

  const requestMove = useCallback(
    (proposal: Proposal, to: ProposalStatus) => {
      if (to === 'won' || to === 'lost') {
        setPending({ kind: to, proposal });
        return;
      }
      void changeProposalStatus(db, proposal.id, to, { now: Date.now() }).then((result) => {
        if (!result.ok) {
          announce(`“${proposal.title}” was not moved: ${Object.values(result.errors).join(' ')}`, 'danger');
          return;
        }
        onMoved?.(result.value);
        announce(`Moved “${proposal.title}” to ${PROPOSAL_STATUS_LABELS[to]}`);
      });
    },
    [announce, onMoved],
  );

  const close = () => setPending(null);
  const decided = (proposal: Proposal) => {
    setPending(null);
    onMoved?.(proposal);
  };

  let dialogs: ReactNode = null;
  if (pending?.kind === 'won') {
    const client = pending.proposal.clientId === undefined ? undefined : clientsById.get(pending.proposal.clientId);
    dialogs = <MarkWonDialog key={pending.proposal.id} proposal={pending.proposal} client={client} onClose={close} onWon={decided} />;
  } else if (pending?.kind === 'lost') {
    dialogs = <MarkLostDialog key={pending.proposal.id} proposal={pending.proposal} onClose={close} onLost={decided} />;
  }
  return { requestMove, dialogs };
}
