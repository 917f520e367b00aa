import { useId } from 'react';
import type { Client } from '../../domain/model';
import { SelectField, TextField } from '../../ui/Field';
import type { ProposalFormErrors, ProposalFormField, ProposalFormValues } from './proposal-form-values';
import styles from './ProposalForm.module.css';
import { ClientOptions } from '../../shared/ClientOptions';

interface ProposalPartyFieldsProps {
  values: ProposalFormValues;
  errors: ProposalFormErrors;
  clients: readonly Client[];
  /** A won proposal stays with the client its project belongs to. */
  locked: boolean;
  onChange: <F extends ProposalFormField>(field: F, value: ProposalFormValues[F]) => void;
}

/**
 * Who the proposal is for: a client already on file (its currency and platform come along), or a prospect who
 * becomes one if the proposal is won.
 */
export function ProposalPartyFields({ values, errors, clients, locked, onChange }: ProposalPartyFieldsProps) {
  const checkboxId = useId();
  const hintId = useId();
  const choosable = clients.filter((client) => client.archivedAt === undefined || client.id === values.clientId);
  return (
    <div className="form-grid">
      <div className={`span-all ${styles.proposalCheckbox}`}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={values.isProspect}
          disabled={locked}
          aria-describedby={hintId}
          onChange={(event) => onChange('isProspect', event.target.checked)}
        />
        <div className={styles.proposalCheckboxText}>
          <label htmlFor={checkboxId}>New prospect</label>
          <span id={hintId} className={styles.proposalCheckboxHint}>
            Not a client yet; winning the proposal makes them one.
          </span>
        </div>
      </div>
      {values.isProspect ? (
        <>
          <TextField label="Prospect name" value={values.prospectName} onChange={(event) => onChange('prospectName', event.target.value)} error={errors.prospectName} disabled={locked} autoComplete="off" />
          <TextField label="Company" value={values.prospectCompany} onChange={(event) => onChange('prospectCompany', event.target.value)} error={errors.prospectCompany} disabled={locked} hint="Optional" autoComplete="off" />
          <TextField label="Email" type="email" value={values.prospectEmail} onChange={(event) => onChange('prospectEmail', event.target.value)} error={errors.prospectEmail} disabled={locked} hint="Optional" autoComplete="off" fieldClassName="span-all" />
        </>
      ) : (
        <SelectField
          label="Client"
          value={values.clientId}
          onChange={(event) => onChange('clientId', event.target.value)}
          error={errors.clientId}
          disabled={locked}
          fieldClassName="span-all"
          hint={locked ? 'This proposal was won; its project belongs to this client.' : undefined}
        >
          <option value="">Choose a client…</option>
          <ClientOptions clients={choosable} />
        </SelectField>
      )}
    </div>
  );
}
