import { TextAreaField, TextField } from '../../ui/Field';
import type { SettingsFieldGroupProps } from './use-settings-form';

/** Who the invoices come from: printed on every invoice and used as the seller snapshot when one is issued. */
export function BusinessIdentityFields({ values, errors, onChange }: SettingsFieldGroupProps) {
  return (
    <div className="form-grid">
      <TextField
        label="Business name"
        hint="Your name or your company's, as it should appear on invoices."
        autoComplete="organization"
        value={values.businessName}
        error={errors.businessName}
        onChange={(event) => onChange('businessName', event.target.value)}
      />
      <TextField
        label="Email"
        type="email"
        hint="Where clients reply to invoices."
        autoComplete="email"
        value={values.email}
        error={errors.email}
        onChange={(event) => onChange('email', event.target.value)}
      />
      <TextAreaField
        label="Address"
        rows={3}
        autoComplete="street-address"
        value={values.address}
        error={errors.address}
        onChange={(event) => onChange('address', event.target.value)}
      />
      <TextField
        label="Tax ID"
        hint="VAT number or other tax registration, if you have one."
        value={values.taxId}
        error={errors.taxId}
        onChange={(event) => onChange('taxId', event.target.value)}
      />
      <TextAreaField
        label="Payment instructions"
        fieldClassName="span-all"
        rows={3}
        hint="Bank details or payment links printed at the foot of each invoice."
        value={values.paymentInstructions}
        error={errors.paymentInstructions}
        onChange={(event) => onChange('paymentInstructions', event.target.value)}
      />
    </div>
  );
}
