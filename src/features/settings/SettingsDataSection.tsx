import { DemoDataButton } from '../../shared/DemoDataButton';
import { EraseAllDataButton } from '../../shared/EraseAllDataButton';
import { useHoldsData } from '../../shared/use-holds-data';
import { SettingsSection } from './SettingsSection';
import styles from './SettingsDataSection.module.css';

/** Trying the app with sample records, and starting over. */
export function SettingsDataSection() {
  const holdsData = useHoldsData();
  return (
    <SettingsSection
      title="Data"
      description="Everything Repute knows is stored on this device. Demo data fills an empty database with a sample freelancer's clients, projects, time and invoices, so you can explore before entering your own."
    >
      <div className={styles.settingsDataRows}>
        <div className={styles.settingsDataRow}>
          <div>
            <h3>Demo data</h3>
            <p className="muted small">
              {holdsData === true
                ? 'Demo data goes only into an empty database, so it never mixes with your records.'
                : 'A year of sample work for a freelance data consultant.'}
            </p>
          </div>
          <DemoDataButton disabled={holdsData === true} />
        </div>
        <div className={styles.settingsDataRow}>
          <div>
            <h3>Erase all data</h3>
            <p className="muted small">Deletes every record and setting on this device, after you confirm.</p>
          </div>
          <EraseAllDataButton />
        </div>
      </div>
    </SettingsSection>
  );
}
