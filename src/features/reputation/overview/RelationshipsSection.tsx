import { useId } from 'react';
import { ratioShare, type Ratio } from '../../../domain/reputation/figure';
import type { RelationshipFigures } from '../../../domain/reputation/relationship-figures';
import { countOf } from '../../../shared/count-text';
import { formatShare, formatWait } from '../../../shared/figure-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { FigureCard } from './FigureCard';
import sectionStyles from './OverviewSection.module.css';

export interface RelationshipsSectionProps {
  figures: RelationshipFigures;
}

/** Rehires, long-term clients, delivery, feedback, bids and payment: how clients and the freelancer get on. */
export function RelationshipsSection({ figures }: RelationshipsSectionProps) {
  const locale = useDisplayLocale();
  const headingId = useId();
  const share = (ratio: Ratio) => formatShare(ratioShare(ratio), locale);
  const of = (ratio: Ratio, what: string, whats: string) => `${ratio.part} of ${countOf(ratio.whole, what, whats)}`;

  return (
    <section className={sectionStyles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>Clients and delivery</h2>
      <p className={sectionStyles.description}>Whether clients come back, how you deliver, how your bids fare and how soon you are paid.</p>
      <div className={sectionStyles.cards}>
        <FigureCard label="Rehire rate" figure={figures.rehireRate} show={share} hint={(ratio) => `${of(ratio, 'client', 'clients')} hired you again`} />
        <FigureCard label="Long-term clients" figure={figures.longTermClients} show={share} hint={(ratio) => `${of(ratio, 'client', 'clients')} with work in 3 or more months`} />
        <FigureCard label="On-time delivery" figure={figures.onTimeDelivery} show={share} hint={(ratio) => `${of(ratio, 'project', 'projects')} finished by the due date`} />
        <FigureCard label="Contracts with feedback" figure={figures.feedbackShare} show={share} hint={(ratio) => `${of(ratio, 'ended contract', 'ended contracts')}`} />
        <FigureCard label="Proposal win rate" figure={figures.proposalWinRate} show={share} hint={(ratio) => `${ratio.part} won of ${ratio.whole} decided`} />
        <FigureCard
          label="Median response time"
          figure={figures.medianResponseTime}
          show={(ms) => formatWait(ms, locale)}
          hint={() => `From sending to the client’s first reaction, over ${countOf(figures.medianResponseTime.records.length, 'proposal', 'proposals')}`}
        />
        <FigureCard
          label="Median days to pay"
          figure={figures.medianDaysToPay}
          show={(days) => countOf(days, 'day', 'days')}
          hint={() => `From issue to payment in full, over ${countOf(figures.medianDaysToPay.records.length, 'invoice', 'invoices')}`}
        />
      </div>
    </section>
  );
}
