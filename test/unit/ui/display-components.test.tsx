import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SettingsContext } from '../../../src/shared/settings-context';
import type { Settings } from '../../../src/domain/model';
import { machineDefaultSettings } from '../../../src/db/repositories/settings';
import { Badge } from '../../../src/ui/Badge';
import { Button } from '../../../src/ui/Button';
import { Duration } from '../../../src/ui/Duration';
import { EmptyState } from '../../../src/ui/EmptyState';
import { Money } from '../../../src/ui/Money';
import { PageHeader } from '../../../src/ui/PageHeader';
import { StatCard } from '../../../src/ui/StatCard';

function settingsWithLocale(locale: string): Settings {
  return { ...machineDefaultSettings(), locale, id: 'settings', createdAt: 1, updatedAt: 1 };
}

function text(markup: string): string {
  return markup.replace(/<[^>]+>/g, '');
}

describe('Money', () => {
  it('formats minor units in the locale from Settings', () => {
    const german = renderToStaticMarkup(
      <SettingsContext.Provider value={settingsWithLocale('de-DE')}>
        <Money amountMinor={123450} currency="EUR" />
      </SettingsContext.Provider>,
    );
    expect(text(german)).toBe('1.234,50\u00a0€');

    const american = renderToStaticMarkup(
      <SettingsContext.Provider value={settingsWithLocale('en-US')}>
        <Money amountMinor={123450} currency="EUR" />
      </SettingsContext.Provider>,
    );
    expect(text(american)).toBe('€1,234.50');
  });

  it('uses each currency’s own decimals', () => {
    const markup = renderToStaticMarkup(
      <SettingsContext.Provider value={settingsWithLocale('en-US')}>
        <Money amountMinor={1235} currency="JPY" />
        <Money amountMinor={1235} currency="BHD" />
      </SettingsContext.Provider>,
    );
    expect(markup).toContain('¥1,235');
    expect(markup).toContain('BHD\u00a01.235');
  });

  it('shows a raw figure rather than failing on a malformed currency code', () => {
    const markup = renderToStaticMarkup(
      <SettingsContext.Provider value={settingsWithLocale('en-US')}>
        <Money amountMinor={500} currency="euro" />
      </SettingsContext.Provider>,
    );
    expect(text(markup)).toContain('500 euro');
  });
});

describe('Duration', () => {
  it('shows hours and minutes with a machine-readable duration', () => {
    const markup = renderToStaticMarkup(<Duration ms={(12 * 60 + 30) * 60_000 + 59_000} />);
    expect(markup).toContain('dateTime="PT12H30M"');
    expect(text(markup)).toBe('12h 30m');
  });
});

describe('small presentational components', () => {
  it('PageHeader renders the single h1 with its description and actions', () => {
    const markup = renderToStaticMarkup(<PageHeader title="Clients" description="Who you work for" actions={<Button>Add client</Button>} />);
    expect(markup.match(/<h1>/g)).toHaveLength(1);
    expect(markup).toContain('<h1>Clients</h1>');
    expect(markup).toContain('Who you work for');
    expect(markup).toContain('Add client');
  });

  it('Button defaults to a non-submitting secondary button and passes props through', () => {
    const markup = renderToStaticMarkup(
      <Button variant="danger" aria-label="Erase" disabled>
        Erase
      </Button>,
    );
    expect(markup).toContain('type="button"');
    expect(markup).toContain('class="button button-danger"');
    expect(markup).toContain('aria-label="Erase"');
    expect(markup).toContain('disabled=""');
    expect(renderToStaticMarkup(<Button type="submit">Save</Button>)).toContain('type="submit"');
  });

  it('Badge carries its tone', () => {
    expect(renderToStaticMarkup(<Badge tone="warning">Overdue</Badge>)).toBe('<span class="badge badge-warning">Overdue</span>');
    expect(renderToStaticMarkup(<Badge>Draft</Badge>)).toContain('badge-neutral');
  });

  it('EmptyState names its section after the title and hides the decorative icon', () => {
    const markup = renderToStaticMarkup(<EmptyState title="No clients yet" description="Add your first client." icon={<svg />} actions={<Button>Add client</Button>} />);
    expect(markup).toContain('aria-label="No clients yet"');
    expect(markup).toContain('<h2 class="empty-state-title">No clients yet</h2>');
    expect(markup).toContain('aria-hidden="true"');
  });

  it('StatCard labels its figure', () => {
    const markup = renderToStaticMarkup(<StatCard label="Billable share" value="78%" hint="42h of 54h" />);
    const labelId = /<p id="([^"]+)"/.exec(markup)?.[1];
    expect(markup).toContain('role="group"');
    expect(labelId).toBeDefined();
    expect(markup).toContain(`aria-labelledby="${labelId ?? ''}"`);
    expect(text(markup)).toBe('Billable share78%42h of 54h');
  });

  it('StatCard keeps what belongs under its figure inside its group', () => {
    const markup = renderToStaticMarkup(
      <StatCard label="Rehire rate" value="50%">
        <details>
          <summary>How is this computed?</summary>
        </details>
      </StatCard>,
    );
    expect(markup).toMatch(/^<div role="group"[^>]*>.*<details><summary>How is this computed\?<\/summary><\/details><\/div>$/);
  });
});
