import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelectField, TextAreaField, TextField } from '../../../src/ui/Field';

function attribute(markup: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(markup)?.[0] ?? '';
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('TextField', () => {
  it('labels the input and leaves it valid without an error', () => {
    const markup = renderToStaticMarkup(<TextField label="Email" id="email" value="" readOnly />);
    expect(markup).toContain('<label class="field-label" for="email">Email</label>');
    expect(attribute(markup, 'input', 'aria-invalid')).toBeUndefined();
    expect(attribute(markup, 'input', 'aria-describedby')).toBeUndefined();
  });

  it('marks an error invalid and points aria-describedby at the message, error before hint', () => {
    const markup = renderToStaticMarkup(
      <TextField label="Email" id="email" hint="Where clients reply" error="Enter a valid email address, like name@example.com" value="x" readOnly />,
    );
    expect(attribute(markup, 'input', 'aria-invalid')).toBe('true');
    expect(attribute(markup, 'input', 'aria-describedby')).toBe('email-error email-hint');
    expect(markup).toMatch(/<p id="email-error" class="field-error">.*Enter a valid email address, like name@example.com<\/p>/);
    expect(markup.indexOf('email-error"')).toBeLessThan(markup.indexOf('id="email-hint"'));
    expect(markup.indexOf('<input')).toBeLessThan(markup.indexOf('id="email-error"'));
  });

  it('generates matching ids when none is given', () => {
    const markup = renderToStaticMarkup(<TextField label="Tax ID" error="Too long" value="" readOnly />);
    const inputId = attribute(markup, 'input', 'id');
    expect(inputId).toBeDefined();
    expect(attribute(markup, 'label', 'for')).toBe(inputId);
    expect(attribute(markup, 'input', 'aria-describedby')).toBe(`${inputId ?? ''}-error`);
  });
});

describe('SelectField and TextAreaField', () => {
  it('render their options and wire the error the same way', () => {
    const markup = renderToStaticMarkup(
      <SelectField
        label="Theme"
        id="theme"
        error="Choose a theme"
        value="dark"
        onChange={() => undefined}
        options={[
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />,
    );
    expect(markup).toContain('<option value="light">Light</option>');
    expect(markup).toContain('<option value="dark" selected="">Dark</option>');
    expect(attribute(markup, 'select', 'aria-describedby')).toBe('theme-error');

    const area = renderToStaticMarkup(<TextAreaField label="Address" id="address" hint="Printed on invoices" value="" readOnly />);
    expect(attribute(area, 'textarea', 'aria-describedby')).toBe('address-hint');
    expect(attribute(area, 'textarea', 'aria-invalid')).toBeUndefined();
  });
});
