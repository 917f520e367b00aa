import { useId } from 'react';
import { useDisplayLocale } from '../shared/settings-context';
import { formatRating, starCounts } from '../domain/reputation/rating';
import styles from './StarRating.module.css';

const STAR_PATH = 'M8 1.3l2 4.3 4.7.6-3.4 3.2.9 4.6L8 11.8 3.8 14l.9-4.6L1.3 6.2 6 5.6z';

function Star({ fill }: { fill: 'full' | 'half' | 'empty' }) {
  const clipId = useId();
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {fill === 'half' && (
        <defs>
          <clipPath id={clipId}>
            <rect x="0" y="0" width="8" height="16" />
          </clipPath>
        </defs>
      )}
      <path d={STAR_PATH} className={styles.starOutline} />
      {fill !== 'empty' && <path d={STAR_PATH} className={styles.starFill} clipPath={fill === 'half' ? `url(#${clipId})` : undefined} />}
    </svg>
  );
}

/** Five stars drawn to the nearest half, with the exact figure beside them; read out as "4.7 out of 5". */
export function StarRating({ ratingTenths }: { ratingTenths: number }) {
  const locale = useDisplayLocale();
  const { full, half, empty } = starCounts(ratingTenths);
  const value = formatRating(ratingTenths, locale);
  const stars = [
    ...Array.from({ length: full }, () => 'full' as const),
    ...Array.from({ length: half }, () => 'half' as const),
    ...Array.from({ length: empty }, () => 'empty' as const),
  ];
  return (
    <span className={styles.rating} role="img" aria-label={`${value} out of 5`}>
      <span className={styles.stars}>
        {stars.map((fill, index) => (
          <Star key={index} fill={fill} />
        ))}
      </span>
      <span className={`${styles.value} tabular`} aria-hidden="true">
        {value}
      </span>
    </span>
  );
}
