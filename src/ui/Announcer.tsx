import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export type AnnouncementTone = 'success' | 'danger' | 'neutral';

/** A follow-up the user may take while the message shows, such as "Undo" after a delete. */
export interface AnnouncementAction {
  label: string;
  run: () => void;
}

export type Announce = (message: string, tone?: AnnouncementTone, action?: AnnouncementAction) => void;

const AnnounceContext = createContext<Announce | null>(null);

const VISIBLE_FOR_MS = 6000;
/** Long enough to notice a mistake and reach the button. */
const VISIBLE_WITH_ACTION_MS = 10000;

interface Announcement {
  message: string;
  tone: AnnouncementTone;
  action?: AnnouncementAction;
  serial: number;
}

/**
 * One polite live region for the whole app, shown as a toast. It lives in the shell rather than beside the
 * button that caused it, because that button often disappears with its empty state the moment data arrives.
 * The text stays in the region after the toast fades, so the last outcome can still be read.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [visible, setVisible] = useState(false);
  const serialRef = useRef(0);

  const announce = useCallback<Announce>((message, tone = 'success', action) => {
    serialRef.current += 1;
    setAnnouncement({ message, tone, action, serial: serialRef.current });
    setVisible(true);
  }, []);

  useEffect(() => {
    if (announcement === null) return;
    const timer = window.setTimeout(() => setVisible(false), announcement.action === undefined ? VISIBLE_FOR_MS : VISIBLE_WITH_ACTION_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  const toneClass = announcement === null ? '' : `toast-${announcement.tone}`;

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className={`toast-region${visible ? ' toast-visible' : ''}`}>
        <p role="status" className={`toast ${toneClass}`}>
          {/* Keyed by serial so the same message twice is announced twice. */}
          {announcement !== null && <span key={announcement.serial}>{announcement.message}</span>}
        </p>
        {visible && announcement?.action !== undefined && (
          <button
            type="button"
            className="toast-action"
            onClick={() => {
              announcement.action?.run();
              setVisible(false);
            }}
          >
            {announcement.action.label}
          </button>
        )}
        {visible && (
          <button type="button" className="toast-dismiss" aria-label="Dismiss message" onClick={() => setVisible(false)}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says something to the user through the app's status region, e.g. "Settings saved". */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext);
  if (announce === null) throw new Error('useAnnounce needs an <AnnouncerProvider> above it; the app shell provides one.');
  return announce;
}
