import { Link } from 'react-router';
import { publicClientName } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import styles from './ClientListPage.module.css';

/** The client's real name (this is the owner's own view) linking to its page, with how a confidential one appears to others. */
export function ClientNameCell({ client }: { client: Client }) {
  const subline = client.confidential ? `shown as ${publicClientName(client)}` : client.company;
  return (
    <div className={styles.name}>
      <div className={styles.nameLine}>
        <Link to={`/clients/${client.id}`} className={styles.nameLink}>
          {client.name}
        </Link>
        {client.confidential && <Badge tone="warning">Confidential</Badge>}
        {client.archivedAt !== undefined && <Badge>Archived</Badge>}
      </div>
      {subline !== undefined && subline !== client.name && <span className={styles.nameSub}>{subline}</span>}
    </div>
  );
}
