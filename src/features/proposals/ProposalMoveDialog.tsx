import type { Client } from '../../domain/model';
import { MarkLostDialog } from './MarkLostDialog';
import { MarkWonDialog } from './MarkWonDialog';
import type { ProposalMoves } from './use-proposal-moves';

/** The dialog a move to Won or Lost waits on, if one is pending; render it once beside the controls that move proposals. */
export function ProposalMoveDialog({ moves, clientsById }: { moves: ProposalMoves; clientsById: ReadonlyMap<string, Client> }) {
  const { pending, cancel, decided } = moves;
  if (pending === null) return null;
  if (pending.kind === 'won') {
    const client = pending.proposal.clientId === undefined ? undefined : clientsById.get(pending.proposal.clientId);
    return <MarkWonDialog key={pending.proposal.id} proposal={pending.proposal} client={client} onClose={cancel} onWon={decided} />;
  }
  return <MarkLostDialog key={pending.proposal.id} proposal={pending.proposal} onClose={cancel} onLost={decided} />;
}
