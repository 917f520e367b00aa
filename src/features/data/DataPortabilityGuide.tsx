import { Link } from 'react-router';
import styles from './DataPortabilityGuide.module.css';

const WAYS = [
  {
    title: 'Bring in your history',
    text: 'Read the CSV exports of Toggl Track, Clockify, Harvest and Upwork. Every row is checked and shown as a preview before anything is written; importing a file twice adds nothing, and an import can be undone as a whole.',
    to: '/data/import',
    link: 'Import a file',
  },
  {
    title: 'Keep a copy elsewhere',
    text: 'A backup is one file holding every record and setting. The database lives only on this device, so keep a copy somewhere else; the desktop app also makes one every day.',
    to: '/data/backups',
    link: 'Back up or restore',
  },
  {
    title: 'Take your records out',
    text: 'Clients, time, invoices and payments as CSV for a spreadsheet or an accountant.',
    to: '/data/exports',
    link: 'Export to CSV',
  },
] as const;

/** The three ways records move, each with the way to its section. */
export function DataPortabilityGuide() {
  return (
    <section className="card" aria-labelledby="portability-title">
      <div className="card-header">
        <div>
          <h2 id="portability-title">Imports, backups and exports</h2>
          <p>Your records are yours to move.</p>
        </div>
      </div>
      <div className={`card-body ${styles.portabilityGrid}`}>
        {WAYS.map((way) => (
          <div key={way.to} className={styles.portabilityItem}>
            <h3>{way.title}</h3>
            <p>{way.text}</p>
            <Link className={styles.portabilityLink} to={way.to}>
              {way.link}
              <span aria-hidden="true"> →</span>
            </Link>
          </div>
        ))}
      </div>
    </section>
  );
}
