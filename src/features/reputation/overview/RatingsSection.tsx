import { useId } from 'react';
import type { RatingFigures } from '../../../domain/reputation/rating-figures';
import { countOf } from '../../../shared/count-text';
import { StarRating } from '../../../ui/StarRating';
import { FigureCard, MissingFigure } from './FigureCard';
import { FigureExplanation } from './FigureExplanation';
import { RatingDistributionChart } from './RatingDistributionChart';
import sectionStyles from './OverviewSection.module.css';
import styles from './RatingsSection.module.css';

export interface RatingsSectionProps {
  figures: RatingFigures;
}

const stars = (ratingTenths: number) => <StarRating ratingTenths={ratingTenths} />;

/** The ratings clients gave: averages simple and by contract value, each sub-score, and how they spread. */
export function RatingsSection({ figures }: RatingsSectionProps) {
  const headingId = useId();
  const subScoresId = useId();
  const distributionId = useId();
  const { average, weighted, subScores, distribution } = figures;

  return (
    <section className={sectionStyles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>Ratings</h2>
      <p className={sectionStyles.description}>The ratings clients gave you in this window, from the feedback you keep.</p>
      <div className={sectionStyles.cards}>
        <FigureCard label="Average rating" figure={average} show={stars} hint={() => `Over ${countOf(average.records.length, 'review', 'reviews')}`} />
        <FigureCard label="Weighted by contract value" figure={weighted} show={stars} hint={() => 'Each review counts as much as its project earned'} />
      </div>

      <h3 id={subScoresId} className={sectionStyles.subheading}>
        Sub-scores
      </h3>
      <div className={sectionStyles.subScores} role="group" aria-labelledby={subScoresId}>
        {subScores.map((score) => (
          <FigureCard key={score.key} label={score.label} figure={score.figure} show={stars} hint={() => `Over ${countOf(score.figure.records.length, 'review', 'reviews')}`} />
        ))}
      </div>

      <h3 id={distributionId} className={sectionStyles.subheading}>
        Distribution of ratings
      </h3>
      <div className={styles.distribution} role="group" aria-labelledby={distributionId}>
        {distribution.missing !== undefined ? <MissingFigure>{distribution.missing}</MissingFigure> : <RatingDistributionChart bands={distribution.value} />}
        <FigureExplanation figureName="Distribution of ratings" formula={distribution.formula} records={distribution.records} />
      </div>
    </section>
  );
}
