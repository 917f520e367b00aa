import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../src/app/theme';

describe('resolveTheme', () => {
  it('follows the operating system when the preference is system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('lets the Settings override win over the operating system', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
