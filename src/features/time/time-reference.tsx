import { createContext, useContext, type ReactNode } from 'react';
import { useTimeReferenceQuery, type TimeReference } from './use-time-reference-query';

const TimeReferenceContext = createContext<TimeReference | undefined>(undefined);

/**
 * Reads projects, clients, recent projects and tags once for the whole window and keeps them live: the timer bar, the
 * idle watch, the tray and the Time screen all show them, and one query serves them all.
 */
export function TimeReferenceProvider({ children }: { children: ReactNode }) {
  const reference = useTimeReferenceQuery();
  return <TimeReferenceContext.Provider value={reference}>{children}</TimeReferenceContext.Provider>;
}

/** Projects, clients, recent projects and tags; undefined while the first read runs. */
export function useTimeReference(): TimeReference | undefined {
  return useContext(TimeReferenceContext);
}
