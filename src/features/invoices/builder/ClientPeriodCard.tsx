import type { Client } from '../../../domain/model';
import { SelectField, TextField } from '../../../ui/Field';
import card from './builder-card.module.css';
import styles from './ClientPeriodCard.module.css';
import { ClientOptions } from '../../../shared/ClientOptions';

interface ClientPeriodCardProps {
  clients: readonly Client[];
  clientId: string;
  /** A draft keeps its client: the lines were priced for it. */
  clientLocked: boolean;
  from: string;
  to: string;
  periodError: string | undefined;
  onClientChange: (clientId: string) => void;
  onPeriodChange: (period: { from?: string; to?: string }) => void;
}

/** Who the invoice is for, and which days of tracked time it bills. */
export function ClientPeriodCard({ clients, clientId, clientLocked, from, to, periodError, onClientChange, onPeriodChange }: ClientPeriodCardProps) {
  const client = clients.find((candidate) => candidate.id === clientId);
  return (
    <section className={`card ${card.card}`} aria-labelledby="builder-client-title">
      <div className={card.header}>
        <div>
          <h2 id="builder-client-title">Client and period</h2>
          <p>{client === undefined ? 'Choose who the invoice is for; their unbilled time appears below.' : `Billed in ${client.currency}. Time tracked between the two days is offered below.`}</p>
        </div>
      </div>
      <div className={`${card.body} ${styles.clientGrid}`}>
        <SelectField label="Client" value={clientId} disabled={clientLocked} onChange={(event) => onClientChange(event.target.value)} data-autofocus="">
          {clientId === '' && <option value="">Choose a client</option>}
          <ClientOptions clients={clients} />
        </SelectField>
        <TextField label="From" type="date" value={from} max={to === '' ? undefined : to} error={periodError} disabled={clientId === ''} onChange={(event) => onPeriodChange({ from: event.target.value })} />
        <TextField label="To" type="date" value={to} min={from === '' ? undefined : from} disabled={clientId === ''} onChange={(event) => onPeriodChange({ to: event.target.value })} />
      </div>
    </section>
  );
}
