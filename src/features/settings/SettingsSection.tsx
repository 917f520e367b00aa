import { useId, type ReactNode } from 'react';
import styles from './SettingsSection.module.css';

/** One titled card of the Settings screen. */
export function SettingsSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={`card ${styles.settingsSection}`} aria-labelledby={titleId}>
      <div className={styles.settingsSectionIntro}>
        <h2 id={titleId} className="section-title">
          {title}
        </h2>
        <p className="section-description">{description}</p>
      </div>
      <div className={styles.settingsSectionBody}>{children}</div>
    </section>
  );
}
