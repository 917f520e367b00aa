import { publicClientName } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { Badge } from '../../ui/Badge';

/** The client's real name (this is the owner's own view), with how a confidential one appears to others. */
export function ClientNameCell({ client }: { client: Client }) {
  return (
    <div className="clients-name">
      <div className="clients-name-line">
        <span className="clients-name-text">{client.name}</span>
        {client.confidential && <Badge tone="warning">Confidential</Badge>}
        {client.archivedAt !== undefined && <Badge>Archived</Badge>}
      </div>
      {client.confidential && <span className="clients-name-alias">shown as {publicClientName(client)}</span>}
    </div>
  );
}
