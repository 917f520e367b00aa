import { Link } from 'react-router';
import type { Settings } from '../../domain/model';
import styles from './portfolio.module.css';

/** The headline, summary and links from Settings that open the exported portfolio. */
export function PortfolioProfile({ profile, businessName }: { profile: Settings['portfolioProfile']; businessName: string }) {
  const isEmpty = profile.headline === '' && profile.summary === '' && profile.links.length === 0;
  return (
    <section className="section" aria-labelledby="portfolio-profile-title">
      <h2 id="portfolio-profile-title" className="section-title">
        Profile
      </h2>
      <div className={`card card-body ${styles.profile}`}>
        {isEmpty ? (
          <p className="muted">
            No headline or summary yet. They open your portfolio, above the projects: <Link to="/settings">add them in Settings</Link>.
          </p>
        ) : (
          <>
            {businessName !== '' && <p className={styles.profileName}>{businessName}</p>}
            {profile.headline !== '' && <p className={styles.profileHeadline}>{profile.headline}</p>}
            {profile.summary !== '' && <p className={styles.profileSummary}>{profile.summary}</p>}
            {profile.links.length > 0 && (
              <ul className={styles.links} aria-label="Profile links">
                {profile.links.map((link) => (
                  <li key={link.url}>
                    <span className={styles.linkLabel}>{link.label}</span> <span className="muted">{link.url}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
