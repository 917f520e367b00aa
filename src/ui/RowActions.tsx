import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from './Button';
import styles from './RowActions.module.css';

/** A table row's actions as small icon buttons, so a wide table keeps its figures in view. */
export function RowActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}

interface RowActionProps {
  /** The accessible name, naming the row's record, so a screen reader tells the rows apart: "Delete Kanban Practitioner". */
  label: string;
  /** The tooltip: what the icon does, "Delete credential". */
  title: string;
  icon: ReactNode;
}

/** An icon button for one row; `destructive` turns it red under the pointer. */
export function RowActionButton({ label, title, icon, destructive = false, disabled, onClick }: RowActionProps & { destructive?: boolean; disabled?: boolean; onClick: () => void }) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className={destructive ? `${styles.icon} ${styles.destructive}` : styles.icon}
      aria-label={label}
      title={title}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
    </Button>
  );
}

/** An icon link for one row, to a page about its record (its edit form, say), looking like its buttons. */
export function RowActionLink({ label, title, icon, to }: RowActionProps & { to: string }) {
  return (
    <Link to={to} className={`button button-ghost button-sm ${styles.icon}`} aria-label={label} title={title}>
      {icon}
    </Link>
  );
}
