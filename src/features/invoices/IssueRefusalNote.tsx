import { WarningIcon } from '../../ui/icons';
import styles from './IssueRefusalNote.module.css';

/**
 * Why this invoice cannot be issued yet, shown on the draft before anyone presses Issue; the disabled Issue button
 * points at it through aria-describedby, by `id`.
 */
export function IssueRefusalNote({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className={styles.note}>
      <WarningIcon size={16} />
      <span>{message}</span>
    </p>
  );
}
