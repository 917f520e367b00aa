import { useMemo } from 'react';
import { db } from '../../db';
import {
  changeProposalStatus,
  createProposal,
  deleteProposal,
  markProposalLost,
  markProposalWon,
  restoreProposal,
  updateProposal,
  type WonProposal,
} from '../../db/repositories/proposals';
import type { WriteResult } from '../../db/repositories/write-result';
import type { Proposal, ProposalStatus } from '../../domain/model';
import type { ProposalFormFields, ProposalFormValues } from './proposal-form-values';

export type { FieldErrors } from '../../db/repositories/write-result';

export interface ProposalCommands {
  /** A new proposal starting at `stage`; one saved as submitted counts as sent today. */
  createProposal: (fields: ProposalFormFields, stage: ProposalFormValues['stage']) => Promise<WriteResult<Proposal>>;
  updateProposal: (id: string, fields: ProposalFormFields) => Promise<WriteResult<Proposal>>;
  /** Any move but Won and Lost, which have their own commands; each lands in the status history. */
  moveProposal: (id: string, to: ProposalStatus) => Promise<WriteResult<Proposal>>;
  markProposalLost: (id: string, reason: string) => Promise<WriteResult<Proposal>>;
  /** Converts the proposal into a project (and its prospect into a client) in one step. */
  markProposalWon: (id: string, names: { projectName: string; clientName: string | undefined }) => Promise<WriteResult<WonProposal>>;
  deleteProposal: (id: string) => Promise<void>;
  restoreProposal: (id: string) => Promise<void>;
}

/** The proposal writes, each in the repository's transaction, resolving what was stored or why it was refused. */
export function useProposalCommands(): ProposalCommands {
  return useMemo(
    () => ({
      createProposal: (fields, stage) => {
        const now = Date.now();
        return createProposal(db, {
          ...fields,
          status: stage,
          statusHistory: [{ status: stage, at: now }],
          submittedAt: stage === 'submitted' ? now : undefined,
        });
      },
      updateProposal: (id, fields) => updateProposal(db, id, fields),
      moveProposal: (id, to) => changeProposalStatus(db, id, to, { now: Date.now() }),
      markProposalLost: (id, reason) => markProposalLost(db, id, { reason, now: Date.now() }),
      markProposalWon: (id, { projectName, clientName }) => markProposalWon(db, id, { now: Date.now(), projectName, clientName }),
      deleteProposal: (id) => deleteProposal(db, id),
      restoreProposal: (id) => restoreProposal(db, id),
    }),
    [],
  );
}
