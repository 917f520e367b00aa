import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../../src/domain/model';
import { defaultSettings } from '../../../../src/domain/settings/default-settings';

describe('defaultSettings', () => {
  it('uses the given locale and zone with euros, Monday weeks and the system theme', () => {
    const settings = defaultSettings({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(settings).toMatchObject({ locale: 'de-DE', timeZone: 'Europe/Berlin', baseCurrency: 'EUR', weekStartsOn: 1, theme: 'system', nextInvoiceSequence: 1 });
    expect(settings.business).toEqual({ name: '', address: '', email: '', taxId: '', paymentInstructions: '' });
  });

  it('passes its own schema', () => {
    expect(settingsSchema.safeParse(defaultSettings({ locale: 'en-US', timeZone: 'America/New_York' })).success).toBe(true);
  });
});
