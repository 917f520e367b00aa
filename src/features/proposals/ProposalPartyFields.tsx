import { useId } from 'react';
import type { Client } from '../../domain/model';
import { SelectField, TextField } from '../../ui/Field';
import type { ProposalFormErrors, ProposalFormValues } from './proposal-form-values';

interface ProposalPartyFieldsProps {
  values: ProposalFormValues;
  errors: ProposalFormErrors;
  clients: readonly Client[];
  /** A won proposal stays with the client its project belongs to. */
  locked: boolean;
  onChange: (patch: Partial<ProposalFormValues>) => void;
}

/** Who the proposal is for: a client already on file, or a prospect who becomes one if the proposal is won. */
export function ProposalPartyFields({ values, errors, clients, locked, onChange }: ProposalPartyFieldsProps) {
  const checkboxId = useId();
  const hintId = useId();
  const choosable = clients.filter((client) => client.archivedAt === undefined || client.id === values.clientId);
  return (
    <div className="form-grid">
      <div className="span-all proposal-checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          checked={values.isProspect}
          disabled={locked}
          aria-describedby={hintId}
          onChange={(event) => onChange({ isProspect: event.target.checked })}
        />
        <div className="proposal-checkbox-text">
          <label htmlFor={checkboxId}>New prospect</label>
          <span id={hintId} className="proposal-checkbox-hint">
            Not a client yet; winning the proposal makes them one.
          </span>
        </div>
      </div>
      {values.isProspect ? (
        <>
          <TextField label="Prospect name" value={values.prospectName} onChange={(event) => onChange({ prospectName: event.target.value })} error={errors.prospectName} disabled={locked} autoComplete="off" />
          <TextField label="Company" value={values.prospectCompany} onChange={(event) => onChange({ prospectCompany: event.target.value })} error={errors.prospectCompany} disabled={locked} hint="Optional" autoComplete="off" />
          <TextField label="Email" type="email" value={values.prospectEmail} onChange={(event) => onChange({ prospectEmail: event.target.value })} error={errors.prospectEmail} disabled={locked} hint="Optional" autoComplete="off" fieldClassName="span-all" />
        </>
      ) : (
        <SelectField
          label="Client"
          value={values.clientId}
          onChange={(event) => {
            const client = clients.find((candidate) => candidate.id === event.target.value);
            onChange(client === undefined ? { clientId: event.target.value } : { clientId: client.id, currency: client.currency, platform: client.platform });
          }}
          error={errors.clientId}
          disabled={locked}
          fieldClassName="span-all"
          hint={locked ? 'This proposal was won; its project belongs to this client.' : undefined}
        >
          <option value="">Choose a client…</option>
          {choosable.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
