import { NavLink } from 'react-router';
import styles from './SectionNav.module.css';

export interface NavSection {
  to: string;
  label: string;
  /** Marks the link current only on exactly its address (an area's overview), not on the pages below it. */
  end: boolean;
}

/** An area's parts as links, so each has an address the last-route memory and the palette can open. */
export function SectionNav({ label, sections }: { label: string; sections: readonly NavSection[] }) {
  return (
    <nav className={styles.sectionNav} aria-label={label}>
      {sections.map((section) => (
        <NavLink key={section.to} to={section.to} end={section.end} className={styles.sectionLink}>
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
