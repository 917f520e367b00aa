import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { EraseAllDataButton } from '../../shared/EraseAllDataButton';
import { useHoldsData } from '../../shared/use-holds-data';
import { DataLocationCard } from './DataLocationCard';
import { DataPortabilityGuide } from './DataPortabilityGuide';
import { RecordCountsCard } from './RecordCountsCard';
import { useRecordCounts } from './use-record-counts';
import styles from './DataOverview.module.css';

function DatabaseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" aria-hidden="true" focusable="false">
      <ellipse cx="12" cy="6" rx="7.5" ry="2.75" />
      <path d="M4.5 6v12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75V6M4.5 12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75" />
    </svg>
  );
}

/** Where the data lives, how much there is, the ways in and out, and how to start over. */
export function DataOverview() {
  const holdsData = useHoldsData();
  const counts = useRecordCounts();
  const locale = useDisplayLocale();

  return (
    <div className="stack-lg">
      {holdsData === false && (
        <EmptyState
          icon={<DatabaseIcon />}
          title="Your database is empty"
          description={
            <p>
              Nothing has been recorded on this device yet. Import your history from Toggl Track, Clockify, Harvest or Upwork, restore a backup, or
              load the demo data to see every screen filled with a sample freelancer's year.
            </p>
          }
          actions={
            <>
              <Link className="button button-primary" to="/data/import">
                Import a file
              </Link>
              <DemoDataButton variant="secondary" />
            </>
          }
        />
      )}
      <DataPortabilityGuide />
      <DataLocationCard />
      {holdsData === true && counts !== undefined && <RecordCountsCard counts={counts} locale={locale} />}
      <section className={`card ${styles.dangerZone}`} aria-labelledby="danger-zone-title">
        <div className={styles.dangerZoneBody}>
          <div>
            <h2 id="danger-zone-title">Erase all data</h2>
            <p className="muted small">Deletes every record and setting on this device. You will be asked to confirm.</p>
          </div>
          <EraseAllDataButton />
        </div>
      </section>
    </div>
  );
}
