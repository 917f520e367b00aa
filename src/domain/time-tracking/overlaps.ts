export interface TimedSpan {
  readonly id: string;
  readonly start: number;
  /** null while running: the span runs until `now`. */
  readonly end: number | null;
}

interface OpenSpan {
  id: string;
  end: number;
}

/** A binary min-heap on `end`, so finished spans leave the sweep in O(log n) each. */
class EndHeap {
  private readonly items: OpenSpan[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): OpenSpan | undefined {
    return this.items[0];
  }

  values(): readonly OpenSpan[] {
    return this.items;
  }

  push(item: OpenSpan): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentItem = items[parent];
      if (parentItem === undefined || parentItem.end <= item.end) break;
      items[index] = parentItem;
      index = parent;
    }
    items[index] = item;
  }

  pop(): OpenSpan | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      let smallestEnd = last.end;
      const leftItem = items[left];
      const rightItem = items[right];
      if (leftItem !== undefined && leftItem.end < smallestEnd) {
        smallest = left;
        smallestEnd = leftItem.end;
      }
      if (rightItem !== undefined && rightItem.end < smallestEnd) smallest = right;
      if (smallest === index) break;
      const child = items[smallest];
      if (child === undefined) break;
      items[index] = child;
      index = smallest;
    }
    items[index] = last;
    return top;
  }
}

/**
 * Which entries overlap which: each overlapping entry's id → the ids it overlaps, in order of their start. Spans are
 * half-open, so one ending exactly when the next starts does not overlap it, and a zero-length span overlaps
 * nothing. A running entry lasts until `now`. A sweep over the starts with a heap of open ends: O(n log n) plus the
 * number of overlapping pairs.
 */
export function findOverlaps(entries: ReadonlyArray<TimedSpan>, now: number): Map<string, string[]> {
  const spans = entries
    .map((entry) => ({ id: entry.id, start: entry.start, end: entry.end ?? Math.max(entry.start, now) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const startOf = new Map(spans.map((span) => [span.id, span.start]));
  const overlaps = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = overlaps.get(a);
    if (list === undefined) overlaps.set(a, [b]);
    else list.push(b);
  };

  const open = new EndHeap();
  for (const span of spans) {
    for (let first = open.peek(); first !== undefined && first.end <= span.start; first = open.peek()) open.pop();
    for (const other of open.values()) {
      link(span.id, other.id);
      link(other.id, span.id);
    }
    open.push({ id: span.id, end: span.end });
  }

  const byStart = (a: string, b: string) => (startOf.get(a) ?? 0) - (startOf.get(b) ?? 0) || a.localeCompare(b);
  for (const list of overlaps.values()) list.sort(byStart);
  return overlaps;
}
