import type { ReactNode } from 'react';
import type { AreaId } from '../platform/contract';
import styles from './AreaIcon.module.css';

const PATHS: Record<AreaId, ReactNode> = {
  dashboard: (
    <>
      <rect x="2" y="2" width="5" height="6" rx="1.2" />
      <rect x="9" y="2" width="5" height="3.5" rx="1.2" />
      <rect x="2" y="10" width="5" height="4" rx="1.2" />
      <rect x="9" y="7.5" width="5" height="6.5" rx="1.2" />
    </>
  ),
  time: (
    <>
      <circle cx="8" cy="8.5" r="5.75" />
      <path d="M8 5.5v3.25l2 1.5M6.5 1.5h3" />
    </>
  ),
  clients: (
    <>
      <circle cx="6" cy="5.5" r="2.5" />
      <path d="M1.75 13.5c.4-2.4 2.1-3.75 4.25-3.75s3.85 1.35 4.25 3.75" />
      <path d="M10.5 3.2a2.4 2.4 0 0 1 0 4.6M12 9.9c1.2.5 2 1.6 2.25 3.6" />
    </>
  ),
  projects: (
    <>
      <path d="M2 4.5c0-.8.6-1.5 1.4-1.5h3l1.4 1.6h4.8c.8 0 1.4.6 1.4 1.4v6.1c0 .8-.6 1.4-1.4 1.4H3.4c-.8 0-1.4-.6-1.4-1.4z" />
      <path d="M2 7h12" />
    </>
  ),
  proposals: (
    <>
      <path d="M14 2 7 9" />
      <path d="M14 2 9.6 14l-2.6-5-5-2.6z" />
    </>
  ),
  invoices: (
    <>
      <path d="M3.5 1.75h9v12.5l-1.5-1-1.5 1-1.5-1-1.5 1-1.5-1-1.5 1z" />
      <path d="M6 5.5h4M6 8h4M6 10.5h2" />
    </>
  ),
  payments: (
    <>
      <rect x="1.75" y="3.5" width="12.5" height="9" rx="1.5" />
      <path d="M1.75 6.5h12.5M4.5 10h2.5" />
    </>
  ),
  reputation: (
    <>
      <path d="M2.25 3.4c0-.8.6-1.4 1.4-1.4h8.7c.8 0 1.4.6 1.4 1.4v6.2c0 .8-.6 1.4-1.4 1.4H6.5L3.5 13.75V11h.15c-.8 0-1.4-.6-1.4-1.4z" />
      <path d="m8 4.1.75 1.55 1.7.25-1.23 1.2.3 1.7L8 8l-1.52.8.3-1.7-1.23-1.2 1.7-.25z" />
    </>
  ),
  portfolio: (
    <>
      <rect x="1.75" y="4.5" width="12.5" height="9" rx="1.5" />
      <path d="M5.5 4.5V3.2c0-.6.5-1.2 1.2-1.2h2.6c.7 0 1.2.6 1.2 1.2v1.3M1.75 8.5h12.5" />
    </>
  ),
  data: (
    <>
      <ellipse cx="8" cy="3.75" rx="5.25" ry="1.9" />
      <path d="M2.75 3.75v8.5c0 1 2.35 1.9 5.25 1.9s5.25-.9 5.25-1.9v-8.5" />
      <path d="M2.75 8c0 1 2.35 1.9 5.25 1.9s5.25-.9 5.25-1.9" />
    </>
  ),
  settings: (
    <>
      <path d="M2 4.5h6M11.5 4.5H14M2 11.5h2.5M8 11.5h6" />
      <circle cx="9.75" cy="4.5" r="1.75" />
      <circle cx="6.25" cy="11.5" r="1.75" />
    </>
  ),
};

interface AreaIconProps {
  area: AreaId;
  /** Lets the place that draws the icon restyle it (the sidebar colours the current page's icon). */
  className?: string;
}

/** The small outline icon drawn for each area in the sidebar. Decorative: the link text names the area. */
export function AreaIcon({ area, className }: AreaIconProps) {
  return (
    <svg
      className={[styles.areaIcon, className].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[area]}
    </svg>
  );
}
