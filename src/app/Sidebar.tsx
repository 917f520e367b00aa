import { useId } from 'react';
import { NavLink } from 'react-router';
import { AREA_LABELS } from '../platform/contract';
import { AppMark, AreaIcon } from '../ui/AreaIcon';
import { NAV_GROUPS, areaPath, type NavGroup } from './navigation';

function SidebarGroup({ group }: { group: NavGroup }) {
  const labelId = useId();
  return (
    <div className="nav-group">
      <div id={labelId} className="nav-group-label">
        {group.label}
      </div>
      <ul aria-labelledby={labelId} className="nav-list">
        {group.areas.map((area) => (
          <li key={area}>
            <NavLink to={areaPath(area)} className="nav-link">
              <AreaIcon area={area} />
              <span>{AREA_LABELS[area]}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The app's name and the main navigation, one link per area, grouped by what the freelancer is doing. */
export function Sidebar() {
  return (
    <aside className="sidebar">
      <div className="brand">
        <AppMark />
        <span className="brand-name">Repute</span>
      </div>
      <nav aria-label="Main" className="nav">
        {NAV_GROUPS.map((group) => (
          <SidebarGroup key={group.label} group={group} />
        ))}
      </nav>
      <p className="sidebar-footnote">
        <span className="sidebar-footnote-dot" aria-hidden="true" />
        Offline · stored on this device
      </p>
    </aside>
  );
}
