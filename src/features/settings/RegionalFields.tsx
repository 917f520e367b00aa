import { useId, useMemo } from 'react';
import { SelectField, TextField } from '../../ui/Field';
import { currencyOptions, documentLanguageOptions, localeSuggestions, timeZoneOptions, WEEK_START_OPTIONS } from '../../shared/settings-options';
import type { SettingsFieldGroupProps } from './use-settings-form';

/** Currency, language and calendar: how figures, dates and weeks are counted and shown, and the invoices' language. */
export function RegionalFields({ values, errors, onChange }: SettingsFieldGroupProps) {
  const localeListId = useId();
  const currencies = useMemo(() => currencyOptions(values.locale, values.baseCurrency), [values.locale, values.baseCurrency]);
  const locales = useMemo(() => localeSuggestions(values.locale), [values.locale]);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);

  return (
    <div className="form-grid">
      <SelectField
        label="Base currency"
        hint="Earnings from every currency are converted into this one."
        value={values.baseCurrency}
        error={errors.baseCurrency}
        onChange={(event) => onChange('baseCurrency', event.target.value)}
      >
        <optgroup label="Common">
          {currencies.common.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="All currencies">
          {currencies.all.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextField
        label="Locale"
        hint="A language tag such as en-GB or de-DE; it sets number, date and money formats."
        list={localeListId}
        autoComplete="off"
        spellCheck={false}
        value={values.locale}
        error={errors.locale}
        onChange={(event) => onChange('locale', event.target.value)}
      />
      <datalist id={localeListId}>
        {locales.map((option) => (
          <option key={option.value} value={option.value} label={option.label} />
        ))}
      </datalist>
      <SelectField
        label="Invoice language"
        hint="The words, dates and numbers of invoices and credit notes; a client can have its own."
        value={values.documentLanguage}
        options={documentLanguageOptions()}
        error={errors.documentLanguage}
        onChange={(event) => onChange('documentLanguage', event.target.value)}
      />
      <SelectField
        label="Time zone"
        hint="Decides which day an entry belongs to and when a month ends."
        value={values.timeZone}
        options={zones}
        error={errors.timeZone}
        onChange={(event) => onChange('timeZone', event.target.value)}
      />
      <SelectField
        label="Week starts on"
        value={values.weekStartsOn}
        options={WEEK_START_OPTIONS}
        error={errors.weekStartsOn}
        onChange={(event) => onChange('weekStartsOn', event.target.value)}
      />
    </div>
  );
}
