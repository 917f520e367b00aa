import { useMemo } from 'react';
import { platformLabel } from '../../domain/clients/client-display';
import { platformSchema } from '../../domain/model';
import { SelectField, TextField } from '../../ui/Field';
import type { ProposalFormErrors, ProposalFormField, ProposalFormValues } from './proposal-form-values';
import styles from './ProposalForm.module.css';

interface ProposalBidFieldsProps {
  values: ProposalFormValues;
  errors: ProposalFormErrors;
  /** What the bid is worth if won, already formatted; empty when it cannot be worked out yet. */
  valueText: string;
  onChange: <F extends ProposalFormField>(field: F, value: ProposalFormValues[F]) => void;
}

function currencyCodes(current: string): string[] {
  const codes = new Set(Intl.supportedValuesOf('currency'));
  if (/^[A-Z]{3}$/.test(current)) codes.add(current);
  return [...codes].sort();
}

/** The price side: hourly or fixed, the estimate, and what the marketplace charged to send it. */
export function ProposalBidFields({ values, errors, valueText, onChange }: ProposalBidFieldsProps) {
  const currencies = useMemo(() => currencyCodes(values.currency), [values.currency]);
  return (
    <div className="form-grid">
      <SelectField
        label="Platform"
        value={values.platform}
        onChange={(event) => {
          const parsed = platformSchema.safeParse(event.target.value);
          if (parsed.success) onChange('platform', parsed.data);
        }}
        error={errors.platform}
        options={platformSchema.options.map((platform) => ({ value: platform, label: platformLabel(platform) }))}
      />
      <SelectField label="Currency" value={values.currency} onChange={(event) => onChange('currency', event.target.value)} error={errors.currency}>
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Bid type"
        value={values.bidKind}
        onChange={(event) => onChange('bidKind', event.target.value === 'fixed' ? 'fixed' : 'hourly')}
        options={[
          { value: 'hourly', label: 'Hourly rate' },
          { value: 'fixed', label: 'Fixed price' },
        ]}
      />
      {values.bidKind === 'hourly' ? (
        <TextField label="Hourly rate" inputMode="decimal" value={values.hourlyRate} onChange={(event) => onChange('hourlyRate', event.target.value)} error={errors.hourlyRate} autoComplete="off" />
      ) : (
        <TextField label="Fixed price" inputMode="decimal" value={values.fixedPrice} onChange={(event) => onChange('fixedPrice', event.target.value)} error={errors.fixedPrice} autoComplete="off" />
      )}
      <TextField
        label="Estimated hours"
        inputMode="decimal"
        value={values.estimatedHours}
        onChange={(event) => onChange('estimatedHours', event.target.value)}
        error={errors.estimatedHours}
        hint={valueText === '' ? 'Optional; with an hourly rate it values the bid.' : `Worth ${valueText} if won.`}
        autoComplete="off"
      />
      <div className={styles.proposalConnects}>
        <TextField label="Connects spent" inputMode="numeric" value={values.connectsSpent} onChange={(event) => onChange('connectsSpent', event.target.value)} error={errors.connectsSpent} autoComplete="off" />
        <TextField
          label="Connects cost"
          inputMode="decimal"
          value={values.connectsCost}
          onChange={(event) => onChange('connectsCost', event.target.value)}
          error={errors.connectsCost}
          hint={`In ${values.currency}`}
          autoComplete="off"
        />
      </div>
    </div>
  );
}
