import { NavLink } from 'react-router';
import styles from './DataSectionNav.module.css';

const SECTIONS = [
  { to: '/data', label: 'Overview', end: true },
  { to: '/data/import', label: 'Import', end: false },
  { to: '/data/backups', label: 'Backups', end: false },
  { to: '/data/exports', label: 'Exports', end: false },
] as const;

/** The Data screen's parts as links, so each has an address the last-route memory and the palette can open. */
export function DataSectionNav() {
  return (
    <nav className={styles.dataSections} aria-label="Data sections">
      {SECTIONS.map((section) => (
        <NavLink key={section.to} to={section.to} end={section.end} className={styles.dataSectionLink}>
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
