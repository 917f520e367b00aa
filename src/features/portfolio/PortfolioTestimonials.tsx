import { useDisplayLocale } from '../../shared/settings-context';
import { formatRating } from '../../domain/reputation/rating';
import type { PortfolioTestimonialPreview } from './portfolio-preview';
import styles from './portfolio.module.css';

/** Quotes the clients allowed, attributed the way the export will attribute them. */
export function PortfolioTestimonials({ testimonials }: { testimonials: readonly PortfolioTestimonialPreview[] }) {
  const locale = useDisplayLocale();
  if (testimonials.length === 0) {
    return <p className="card card-body muted">No quotable feedback on these projects yet. Feedback marked “Can quote” appears here.</p>;
  }
  return (
    <ul className={styles.testimonials} aria-label="Testimonials in the portfolio">
      {testimonials.map(({ feedback, projectName, clientShownAs }) => (
        <li key={feedback.id} className={`card card-body ${styles.testimonial}`}>
          <blockquote className={styles.quote}>{feedback.comment}</blockquote>
          <p className="muted small">
            {clientShownAs} · {projectName} · {formatRating(feedback.ratingTenths, locale)} out of 5
          </p>
        </li>
      ))}
    </ul>
  );
}
