import { describe, expect, it } from 'vitest';
import { businessDetailsMissing } from '../../../../src/domain/settings/business-details';

describe('businessDetailsMissing', () => {
  it('is true while the business has no name, spaces alone included', () => {
    expect(businessDetailsMissing({ name: '' })).toBe(true);
    expect(businessDetailsMissing({ name: '   ' })).toBe(true);
  });

  it('is false once a name is saved', () => {
    expect(businessDetailsMissing({ name: 'Studio Lind' })).toBe(false);
  });
});
