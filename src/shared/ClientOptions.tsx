import { useMemo } from 'react';
import { clientChoiceLabels, type NamedClient } from '../domain/clients/client-names';

/**
 * The `<option>`s of a client picker, in the order given: each client by its name, and clients that share a name
 * with their company or email beside it, so the one chosen is the one meant.
 */
export function ClientOptions({ clients }: { clients: readonly NamedClient[] }) {
  const labels = useMemo(() => clientChoiceLabels(clients), [clients]);
  return clients.map((client) => (
    <option key={client.id} value={client.id}>
      {labels.get(client.id) ?? client.name}
    </option>
  ));
}
