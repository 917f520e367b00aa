/* The app's one set of small line icons. Decorative: the control around each one carries the name, so every icon is
   hidden from assistive technology. */
import type { ReactNode } from 'react';

interface IconProps {
  size?: number;
}

function Svg({ size = 16, children }: IconProps & { children: ReactNode }) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export function PlayIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M5 3.2v9.6L12.6 8z" fill="currentColor" />
    </Svg>
  );
}

export function StopIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="4" y="4" width="8" height="8" rx="1.5" fill="currentColor" />
    </Svg>
  );
}

export function LockIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1.5" />
      <path d="M5.5 7V5.2a2.5 2.5 0 0 1 5 0V7" />
    </Svg>
  );
}

export function WarningIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M8 2.2 14.3 13.3H1.7z" />
      <path d="M8 6.5v3M8 11.4v.1" />
    </Svg>
  );
}

export function BillableIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M10.6 5.2c-.4-.8-1.4-1.3-2.6-1.3-1.5 0-2.6.8-2.6 1.9 0 2.6 5.3 1.4 5.3 4.2 0 1.1-1.2 2-2.7 2-1.3 0-2.4-.6-2.8-1.5M8 2.5v1.4M8 12v1.5" />
    </Svg>
  );
}

export function TagIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M2.5 3.5v3.8l6.2 6.2 4.8-4.8-6.2-6.2H3.5a1 1 0 0 0-1 1z" />
      <circle cx="5.6" cy="5.6" r="1" fill="currentColor" stroke="none" />
    </Svg>
  );
}

export function ChevronIcon({ size, direction }: IconProps & { direction: 'left' | 'right' }) {
  return <Svg size={size}>{direction === 'left' ? <path d="M10 3.5 5.5 8l4.5 4.5" /> : <path d="M6 3.5 10.5 8 6 12.5" />}</Svg>;
}

/** The mark beside a field's error message, as the shared fields draw it. */
export function ErrorIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5v4M8 10.8v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** The plus of "New …" and "Add …" buttons. */
export function PlusIcon({ size = 14 }: IconProps) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function DownloadIcon({ size = 14 }: IconProps) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M8 2.5v7.5M4.75 7 8 10.25 11.25 7M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function DocumentIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 1.75h5.25L12.5 5v9.25H4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      <path d="M9 2v3.25h3.25M6 8.5h4.5M6 11h4.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

export function SendIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M2 7.5 14 2l-4.5 12-2-5z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

export function CoinIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M9.75 5.75c-.4-.5-1-.75-1.75-.75-1 0-1.75.55-1.75 1.3 0 1.7 3.5.9 3.5 2.6 0 .8-.8 1.35-1.75 1.35-.8 0-1.45-.3-1.85-.85M8 4v1M8 10.25v1" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}

export function PencilIcon({ size = 14 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M10.5 2.5 13.5 5.5 5.5 13.5H2.5V10.5z" />
      <path d="M9 4l3 3" />
    </Svg>
  );
}

export function TrashIcon({ size = 14 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M2.75 4.25h10.5M6.25 4.25V2.75h3.5v1.5M4 4.25l.75 9h6.5l.75-9M6.75 6.75v4M9.25 6.75v4" />
    </Svg>
  );
}
