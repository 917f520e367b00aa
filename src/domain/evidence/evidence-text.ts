import type { EvidenceItem } from './evidence-items';

const HOUR_MS = 3_600_000;

/** "212 hours", "1.5 hours": whole hours once there are ten or more, so small figures stay meaningful. */
export function formatTrackedHours(trackedMs: number, locale: string): string {
  const hours = trackedMs / HOUR_MS;
  const digits = hours >= 10 ? 0 : 1;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(hours);
  return `${text} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "4.9/5" from tenths of a star. */
export function formatRating(ratingTenths: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratingTenths / 10)}/5`;
}

function monthOf(day: string, locale: string): string {
  const [year = 1970, month = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** "Mar 2025 – Sep 2025", "since Mar 2025" while it goes on, or one month when both ends share it. */
export function formatEvidencePeriod(item: Pick<EvidenceItem, 'from' | 'to'>, locale: string): string {
  if (item.from === '') return '';
  const from = monthOf(item.from, locale);
  if (item.to === undefined) return `since ${from}`;
  const to = monthOf(item.to, locale);
  return from === to ? from : `${from} – ${to}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?…”"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function facts(parts: readonly string[]): string {
  const present = parts.filter((part) => part !== '');
  return present.length === 0 ? '' : ` (${present.join(', ')})`;
}

/**
 * The text "Insert" puts into a cover letter. It is built only from the item, whose client names are already
 * public ones, so a confidential client appears by its alias and nothing else.
 */
export function evidenceText(item: EvidenceItem, locale: string): string {
  const rating = item.ratingTenths === undefined ? '' : `rated ${formatRating(item.ratingTenths, locale)}`;
  const hours = item.trackedMs > 0 ? formatTrackedHours(item.trackedMs, locale) : '';
  switch (item.kind) {
    case 'project': {
      const head = `${item.title} for ${item.clientName}${facts([formatEvidencePeriod(item, locale), hours, rating])}`;
      const body = [sentence(item.summary), sentence(item.outcome)].filter((part) => part !== '').join(' ');
      return body === '' ? sentence(head) : `${head}: ${body}`;
    }
    case 'testimonial':
      return `“${item.quote}” — ${item.clientName}, on ${item.projectName}${facts([
        item.ratingTenths === undefined ? '' : formatRating(item.ratingTenths, locale),
        formatEvidencePeriod(item, locale),
      ])}`;
    case 'skill': {
      const projects = `${item.projectCount} ${item.projectCount === 1 ? 'project' : 'projects'}`;
      const extent = hours === '' ? projects : `${hours} across ${projects}`;
      const span = item.to === undefined ? formatEvidencePeriod(item, locale) : `in ${formatEvidencePeriod(item, locale)}`;
      const ratingPart = rating === '' ? '' : `, ${rating} on average`;
      return sentence(`${item.title}: ${extent} ${span}${ratingPart}`);
    }
  }
}
