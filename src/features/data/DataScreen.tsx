import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { hasAnyData } from '../../db/repositories/demo-data';
import { useDisplayLocale } from '../../app/use-settings';
import { DemoDataButton } from '../../ui/DemoDataButton';
import { EmptyState } from '../../ui/EmptyState';
import { EraseAllDataButton } from '../../ui/EraseAllDataButton';
import { PageHeader } from '../../ui/PageHeader';
import { DataLocationCard } from './DataLocationCard';
import { DataPortabilityGuide } from './DataPortabilityGuide';
import { RecordCountsCard } from './RecordCountsCard';
import { useRecordCounts } from './use-record-counts';
import './data.css';

function DatabaseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" aria-hidden="true" focusable="false">
      <ellipse cx="12" cy="6" rx="7.5" ry="2.75" />
      <path d="M4.5 6v12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75V6M4.5 12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75" />
    </svg>
  );
}

/** Where the data lives, how much there is, how it moves in and out, and how to start over. */
export function DataScreen() {
  const holdsData = useLiveQuery(() => hasAnyData(db), []);
  const counts = useRecordCounts();
  const locale = useDisplayLocale();

  return (
    <div className="page">
      <PageHeader title="Data" description="Your records, where they are kept, and how they move in and out of Repute." />
      <div className="stack-lg">
        {holdsData === false && (
          <EmptyState
            icon={<DatabaseIcon />}
            title="Your database is empty"
            description={
              <p>
                Nothing has been recorded on this device yet. Load the demo data to see every screen filled with a sample
                freelancer's year, or start with your first client and timer.
              </p>
            }
            actions={<DemoDataButton variant="primary" />}
          />
        )}
        <DataLocationCard />
        {holdsData === true && counts !== undefined && <RecordCountsCard counts={counts} locale={locale} />}
        <DataPortabilityGuide />
        <section className="card danger-zone" aria-labelledby="danger-zone-title">
          <div className="danger-zone-body">
            <div>
              <h2 id="danger-zone-title">Erase all data</h2>
              <p className="muted small">Deletes every record and setting on this device. You will be asked to confirm.</p>
            </div>
            <EraseAllDataButton />
          </div>
        </section>
      </div>
    </div>
  );
}
