import type { ReactNode } from 'react';
import type { Figure } from '../../../domain/reputation/figure';
import { StatCard } from '../../../ui/StatCard';
import { FigureExplanation } from './FigureExplanation';
import styles from './FigureCard.module.css';

export interface FigureCardProps<T> {
  label: string;
  figure: Figure<T>;
  /** The value as shown: a percentage, stars, a wait. */
  show: (value: T) => ReactNode;
  /** A line under the value, such as "2 of 3 clients"; only when there is a value. */
  hint?: (value: T) => ReactNode;
}

/** What stands where a figure would, when its window has nothing to compute it from. */
export function MissingFigure({ children }: { children: string }) {
  return <span className={styles.missing}>{children}</span>;
}

/** A headline figure, or what is missing for one, with its "How is this computed?" beneath. */
export function FigureCard<T>({ label, figure, show, hint }: FigureCardProps<T>) {
  return (
    <StatCard
      label={label}
      value={figure.missing !== undefined ? <MissingFigure>{figure.missing}</MissingFigure> : show(figure.value)}
      hint={figure.missing !== undefined || hint === undefined ? undefined : hint(figure.value)}
    >
      <div className={styles.explanation}>
        <FigureExplanation figureName={label} formula={figure.formula} records={figure.records} />
      </div>
    </StatCard>
  );
}
