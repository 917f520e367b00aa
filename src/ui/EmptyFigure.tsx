import type { ReactNode } from 'react';
import styles from './EmptyFigure.module.css';

/** What stands in a headline figure's place when there is none to show: "Nothing yet", "All paid", "Reading…". */
export function EmptyFigure({ children }: { children: ReactNode }) {
  return <span className={styles.emptyFigure}>{children}</span>;
}
