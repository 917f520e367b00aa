import { Route, Routes } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsSection } from './backups/BackupsSection';
import { DataOverview } from './DataOverview';
import { DataSectionNav } from './DataSectionNav';
import { ExportsSection } from './exports/ExportsSection';
import { ImportSection } from './import/ImportSection';
import styles from './DataScreen.module.css';

/** The Data area: an overview, importing history from other tools, backups and restores, and CSV exports. */
export function DataScreen() {
  return (
    <div className={`page ${styles.dataPage}`}>
      <PageHeader title="Data" description="Your records, where they are kept, and how they move in and out of Repute." />
      <DataSectionNav />
      <Routes>
        <Route index element={<DataOverview />} />
        <Route path="import" element={<ImportSection />} />
        <Route path="backups" element={<BackupsSection />} />
        <Route path="exports" element={<ExportsSection />} />
        <Route path="*" element={<DataOverview />} />
      </Routes>
    </div>
  );
}
