import type { TimeEntry } from '../../domain/model';
import { formatClockTime } from '../../shared/date-display';
import { entryLabel } from './entry-labels';

const NAMED_AT_MOST = 2;

/**
 * Names the entries one entry overlaps, so the user can find them: "Overlaps “Chart legend” 10:00–11:30". Beyond two
 * it counts the rest; overlapping ids not among the loaded entries are counted too.
 */
export function overlapSummary(
  overlappingIds: readonly string[],
  entriesById: ReadonlyMap<string, TimeEntry>,
  projectNames: ReadonlyMap<string, string>,
  locale: string,
): string {
  const named = overlappingIds.flatMap((id) => {
    const other = entriesById.get(id);
    if (other === undefined) return [];
    const end = other.end === null ? 'now' : formatClockTime(other.end, other.timeZone, locale);
    return [`“${entryLabel(other, projectNames.get(other.projectId))}” ${formatClockTime(other.start, other.timeZone, locale)}–${end}`];
  });
  const shown = named.slice(0, NAMED_AT_MOST);
  const rest = overlappingIds.length - shown.length;
  if (shown.length === 0) return rest === 1 ? 'Overlaps another entry' : `Overlaps ${rest} other entries`;
  if (rest > 0) return `Overlaps ${shown.join(', ')} and ${rest} more`;
  return `Overlaps ${shown.join(' and ')}`;
}
