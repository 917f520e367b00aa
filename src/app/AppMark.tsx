import styles from './AppMark.module.css';

/** Repute's mark: a rising line that ends in a star, on the accent colour. */
export function AppMark() {
  return (
    <svg className={styles.appMark} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <rect className={styles.appMarkTile} width="24" height="24" rx="6" />
      <path className={styles.appMarkLine} d="M5.5 16.5 9.5 12l3 2.5 3.5-4.5" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      <path className={styles.appMarkStar} d="m17.6 5.2.6 1.25 1.37.2-1 .97.24 1.37-1.21-.64-1.23.64.24-1.37-1-.97 1.38-.2z" strokeWidth="0.6" strokeLinejoin="round" />
    </svg>
  );
}
