import type { ProposalStatus } from '../../domain/model';
import type { BadgeTone } from '../../ui/Badge';
import { PROPOSAL_STATUS_TONES } from './proposal-labels';
import styles from './StatusDot.module.css';

const TONE_CLASSES: Record<BadgeTone, string | undefined> = {
  neutral: undefined,
  accent: styles.proposalStatusDotAccent,
  warning: styles.proposalStatusDotWarning,
  success: styles.proposalStatusDotSuccess,
  danger: styles.proposalStatusDotDanger,
};

/** The dot in a status's colour; decoration beside the status's name, so hidden from assistive technology. */
export function StatusDot({ status, className }: { status: ProposalStatus; className?: string }) {
  const classes = [styles.proposalStatusDot, TONE_CLASSES[PROPOSAL_STATUS_TONES[status]], className].filter(Boolean).join(' ');
  return <span className={classes} aria-hidden="true" />;
}
