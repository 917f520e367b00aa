import { useId, type Ref } from 'react';
import { NavLink } from 'react-router';
import { AREA_LABELS } from '../platform/contract';
import { AreaIcon } from '../ui/AreaIcon';
import { AppMark } from './AppMark';
import { NAV_GROUPS, areaPath, type NavGroup } from './navigation';
import styles from './Sidebar.module.css';

function SidebarGroup({ group }: { group: NavGroup }) {
  const labelId = useId();
  return (
    <div>
      <div id={labelId} className={styles.navGroupLabel}>
        {group.label}
      </div>
      <ul aria-labelledby={labelId} className={styles.navList}>
        {group.areas.map((area) => (
          <li key={area}>
            <NavLink to={areaPath(area)} className={styles.navLink}>
              <AreaIcon area={area} className={styles.navIcon} />
              <span className={styles.navLinkLabel}>{AREA_LABELS[area]}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The app's name and the main navigation, one link per area, grouped by what the freelancer is doing. */
export function Sidebar({ ref }: { ref?: Ref<HTMLElement> }) {
  return (
    <aside ref={ref} className={styles.sidebar}>
      <div className={styles.brand}>
        <AppMark />
        <span className={styles.brandName}>Repute</span>
      </div>
      <nav aria-label="Main" className={styles.nav}>
        {NAV_GROUPS.map((group) => (
          <SidebarGroup key={group.label} group={group} />
        ))}
      </nav>
      <p className={styles.sidebarFootnote}>
        <span className={styles.sidebarFootnoteDot} aria-hidden="true" />
        Offline · stored on this device
      </p>
    </aside>
  );
}
