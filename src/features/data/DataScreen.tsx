import { Route, Routes } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { SectionNav, type NavSection } from '../../ui/SectionNav';
import { BackupsSection } from './backups/BackupsSection';
import { DataOverview } from './DataOverview';
import { ExportsSection } from './exports/ExportsSection';
import { ImportSection } from './import/ImportSection';
import styles from './DataScreen.module.css';

const DATA_SECTIONS: readonly NavSection[] = [
  { to: '/data', label: 'Overview', end: true },
  { to: '/data/import', label: 'Import', end: false },
  { to: '/data/backups', label: 'Backups', end: false },
  { to: '/data/exports', label: 'Exports', end: false },
];

/** The Data area: an overview, importing history from other tools, backups and restores, and CSV exports. */
export function DataScreen() {
  return (
    <div className={`page ${styles.dataPage}`}>
      <PageHeader title="Data" description="Your records, where they are kept, and how they move in and out of Repute." />
      <SectionNav label="Data sections" sections={DATA_SECTIONS} />
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
