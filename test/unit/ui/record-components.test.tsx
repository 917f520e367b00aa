import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { machineDefaultSettings } from '../../../src/db/repositories/settings';
import { SettingsContext } from '../../../src/shared/settings-context';
import { BackLink } from '../../../src/ui/BackLink';
import { CheckboxField } from '../../../src/ui/CheckboxField';
import { RecordFormSection } from '../../../src/ui/RecordFormSection';
import { StarRating } from '../../../src/ui/StarRating';
import { TagsField } from '../../../src/ui/TagsField';

function text(markup: string): string {
  return markup.replace(/<[^>]+>/g, '');
}

describe('StarRating', () => {
  it('reads out as the rating out of 5 in the display locale, and draws the stars to the nearest half', () => {
    const markup = renderToStaticMarkup(
      <SettingsContext.Provider value={{ ...machineDefaultSettings(), locale: 'de-DE', id: 'settings', createdAt: 1, updatedAt: 1 }}>
        <StarRating ratingTenths={47} />
      </SettingsContext.Provider>,
    );
    expect(markup).toContain('role="img" aria-label="4,7 out of 5"');
    expect(markup.match(/<svg /g)).toHaveLength(5);
    // 4.7 draws as four and a half: every star has its outline and a fill, the last one's clipped to its left half.
    expect(markup.match(/<path /g)).toHaveLength(5 + 5);
    expect(markup).toContain('clip-path="url(#');
  });
});

describe('BackLink', () => {
  it('is a link named by its label, to the page it goes back to', () => {
    const markup = renderToStaticMarkup(
      <MemoryRouter>
        <BackLink to="/clients" label="Clients" />
      </MemoryRouter>,
    );
    expect(markup).toMatch(/^<a [^>]*href="\/clients"[^>]*>/);
    expect(text(markup)).toBe('Clients');
  });
});

describe('CheckboxField', () => {
  it('labels its checkbox and reads the hint as its description', () => {
    const markup = renderToStaticMarkup(<CheckboxField label="Show in portfolio" hint="Lists the project." checked onChange={() => undefined} />);
    const inputId = /<input id="([^"]+)" type="checkbox"/.exec(markup)?.[1];
    const hintId = /aria-describedby="([^"]+)"/.exec(markup)?.[1];
    expect(markup).toContain(`<label for="${inputId}"`);
    expect(markup).toContain(`<p id="${hintId}" class="field-hint">Lists the project.</p>`);
    expect(markup).toContain('checked=""');
  });
});

describe('RecordFormSection', () => {
  it('is a region named by its title, with its fields in the form grid', () => {
    const markup = renderToStaticMarkup(
      <RecordFormSection title="Billing" description="How the work is charged.">
        <span>fields</span>
      </RecordFormSection>,
    );
    expect(markup).toMatch(/^<section [^>]*aria-label="Billing">/);
    expect(markup).toContain('<h2>Billing</h2><p>How the work is charged.</p>');
    expect(markup).toContain('<div class="form-grid"><span>fields</span></div>');
  });
});

describe('TagsField', () => {
  it('is a labelled combobox with a named remove button for each chosen value', () => {
    const markup = renderToStaticMarkup(<TagsField label="Skills" noun="skill" values={['React', 'SQL']} onChange={() => undefined} suggest={() => []} error="Too many skills" />);
    expect(markup).toContain('role="combobox"');
    expect(markup).toContain('aria-label="Remove skill React"');
    expect(markup).toContain('aria-label="Remove skill SQL"');
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toMatch(/<div class="field [^"]+">/);
  });
});
