import { describe, expect, it } from 'vitest';
import { buildEvidenceItems, type EvidenceItem } from '../../../../src/domain/evidence/evidence-items';
import { evidenceText, formatEvidencePeriod, formatRating, formatTrackedHours } from '../../../../src/domain/evidence/evidence-text';
import { smallHistory } from './evidence-corpus';

const HOUR = 3_600_000;
const items = buildEvidenceItems(smallHistory());

function textOf(id: string): string {
  const item = items.find((candidate: EvidenceItem) => candidate.id === id);
  if (item === undefined) throw new Error(`No evidence item ${id}`);
  return evidenceText(item, 'en-GB');
}

describe('evidenceText', () => {
  it('cites a project with its client, period, hours, rating, summary and outcome', () => {
    expect(textOf('project:pA')).toBe(
      'Analytics dashboard for Northwind Analytics (Jan 2025 – Jun 2025, 120 hours, rated 5.0/5): Customer-facing sales dashboards with charts. Load time down to 1.3 s.',
    );
  });

  it('names a confidential client only by its alias', () => {
    const text = textOf('project:pB');
    expect(text).toBe(
      'Lab inventory app for A European biotech company (since Mar 2025, 80 hours, rated 4.8/5): Inventory system A European biotech company uses to find and reorder reagents.',
    );
    expect(text).not.toMatch(/helix/i);
  });

  it('quotes a testimonial with who said it, on what, the rating and when', () => {
    expect(textOf('testimonial:f1')).toBe('“Fast dashboards and clear charts.” — Northwind Analytics, on Analytics dashboard (5.0/5, Jul 2025)');
  });

  it('sums up a skill', () => {
    expect(textOf('skill:figma')).toBe('Figma: 40 hours across 1 project in Oct 2024 – Dec 2024, rated 4.6/5 on average.');
    expect(textOf('skill:react')).toBe('React: 200 hours across 2 projects since Jan 2025, rated 4.9/5 on average.');
  });
});

describe('formatting helpers', () => {
  it('shows small hour figures with a decimal and large ones whole', () => {
    expect(formatTrackedHours(1.5 * HOUR, 'en-GB')).toBe('1.5 hours');
    expect(formatTrackedHours(HOUR, 'en-GB')).toBe('1 hour');
    expect(formatTrackedHours(212.4 * HOUR, 'en-GB')).toBe('212 hours');
    expect(formatTrackedHours(1.5 * HOUR, 'de-DE')).toBe('1,5 hours');
  });

  it('shows ratings out of five and periods by month', () => {
    expect(formatRating(47, 'en-GB')).toBe('4.7/5');
    expect(formatEvidencePeriod({ from: '2025-03-03', to: '2025-03-28' }, 'en-GB')).toBe('Mar 2025');
    expect(formatEvidencePeriod({ from: '2025-03-03', to: undefined }, 'en-GB')).toBe('since Mar 2025');
  });
});
