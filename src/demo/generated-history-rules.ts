import type { Feedback, Platform, ProposalStatus } from '../domain/model';

/**
 * Rules shared by every generated history (the demo freelancer and the benchmark's ten-year dataset), so both
 * produce proposal histories and feedback sources the app would have recorded itself.
 */

/** The steps a proposal went through to reach each status. */
export const PROPOSAL_STATUS_PATHS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  draft: ['draft'],
  submitted: ['submitted'],
  viewed: ['submitted', 'viewed'],
  interviewing: ['submitted', 'viewed', 'interviewing'],
  offer: ['submitted', 'viewed', 'interviewing', 'offer'],
  won: ['submitted', 'viewed', 'interviewing', 'offer', 'won'],
  lost: ['submitted', 'viewed', 'lost'],
  withdrawn: ['submitted', 'withdrawn'],
};

/** Where a client's feedback arrives from, by the platform the work came through. */
export const FEEDBACK_SOURCE_BY_PLATFORM: Readonly<Record<Platform, Feedback['source']>> = {
  direct: 'email',
  upwork: 'upwork',
  fiverr: 'fiverr',
  freelancer: 'other',
  toptal: 'other',
  other: 'other',
};
