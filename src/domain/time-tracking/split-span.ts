export interface Span {
  start: number;
  end: number;
}

export type SpanSplit = { ok: true; spans: [Span, Span] } | { ok: false; error: string };

/** Cuts a span in two at `at`, which must fall strictly inside it: both parts keep some time. */
export function splitSpanAt(entry: Span, at: number): SpanSplit {
  if (!Number.isFinite(at) || at <= entry.start || at >= entry.end) {
    return { ok: false, error: 'Choose a time after the start and before the end' };
  }
  return { ok: true, spans: [{ start: entry.start, end: at }, { start: at, end: entry.end }] };
}
