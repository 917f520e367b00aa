import type { Project } from '../../../domain/model';
import { Money } from '../../../ui/Money';
import card from './builder-card.module.css';
import styles from './FixedPriceCard.module.css';

interface FixedPriceCardProps {
  projects: readonly Project[];
  includedIds: ReadonlySet<string>;
  currency: string;
  onToggle: (projectId: string, included: boolean) => void;
}

/** The client's fixed-price projects, each billable as one line at its agreed amount. */
export function FixedPriceCard({ projects, includedIds, currency, onToggle }: FixedPriceCardProps) {
  return (
    <section className={`card ${card.card}`} aria-labelledby="builder-fixed-title">
      <div className={card.header}>
        <div>
          <h2 id="builder-fixed-title">Fixed-price work</h2>
          <p>Bill a fixed-price project as one line. Its tracked time, if ticked above, is listed at no charge.</p>
        </div>
      </div>
      <ul className={styles.fixedList}>
        {projects.map((project) => {
          const id = `fixed-${project.id}`;
          return (
            <li key={project.id} className={styles.fixed}>
              <input id={id} type="checkbox" checked={includedIds.has(project.id)} onChange={(event) => onToggle(project.id, event.target.checked)} />
              <label htmlFor={id}>Bill {project.name}</label>
              <span className={styles.fixedAmount}>{project.billing.kind === 'fixed' && <Money amountMinor={project.billing.amountMinor} currency={currency} />}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
