import { SelectField } from '../../ui/Field';
import { THEME_OPTIONS } from '../../shared/settings-options';
import type { SettingsFieldGroupProps } from './use-settings-form';

/** Light, dark, or whatever the operating system uses. */
export function AppearanceFields({ values, errors, onChange }: SettingsFieldGroupProps) {
  return (
    <div className="form-grid">
      <SelectField
        label="Theme"
        hint="System follows your operating system's light or dark appearance."
        value={values.theme}
        options={THEME_OPTIONS}
        error={errors.theme}
        onChange={(event) => onChange('theme', event.target.value)}
      />
    </div>
  );
}
