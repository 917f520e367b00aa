import { useEffect, useState } from 'react';

/** The current instant, refreshed every `intervalMs`: a running timer ticks each second, a quiet screen rarely. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
