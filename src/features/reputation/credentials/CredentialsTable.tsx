import type { Credential } from '../../../domain/model';
import { isCredentialExpired } from '../../../domain/credentials/credential-status';
import { formatDay } from '../../../shared/date-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { Badge } from '../../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { CredentialRowActions } from './CredentialRowActions';
import { useCredentialCommands } from './use-credential-commands';
import styles from './credentials.module.css';

/** "scrum.org" for https://www.scrum.org/certificates/12345: enough to know where a link leads. */
function linkHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function ExpiryCell({ credential, today }: { credential: Credential; today: string }) {
  const locale = useDisplayLocale();
  if (credential.expires === undefined) return <span className="muted">Never</span>;
  const expired = isCredentialExpired(credential, today);
  return (
    <span className={styles.expiry}>
      <span className={styles.nowrap}>{formatDay(credential.expires, locale)}</span>
      {expired && <Badge tone="warning">Expired</Badge>}
    </span>
  );
}

function LinkCell({ credential }: { credential: Credential }) {
  const { openLink } = useCredentialCommands();
  if (credential.url === undefined || credential.url === '') return <span className="muted">—</span>;
  const url = credential.url;
  const host = linkHost(url);
  return (
    <a
      href={url}
      className={styles.link}
      aria-label={`${host}: ${credential.name}`}
      title={url}
      onClick={(event) => {
        // The app never navigates away from itself: the host opens the link in the system browser.
        event.preventDefault();
        openLink(url);
      }}
    >
      {host}
    </a>
  );
}

function SkillsCell({ skills }: { skills: readonly string[] }) {
  if (skills.length === 0) return <span className="muted">—</span>;
  return (
    <span className={styles.skills}>
      {skills.map((skill) => (
        <Badge key={skill}>{skill}</Badge>
      ))}
    </span>
  );
}

/** Certificates and badges, most recently earned first: who issued each, when, until when, and where to check it. */
export function CredentialsTable({ credentials, today }: { credentials: readonly Credential[]; today: string }) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Credential>> = [
    { key: 'name', header: 'Credential', width: '24%', cell: (credential) => <span className={styles.name}>{credential.name}</span> },
    { key: 'issuer', header: 'Issuer', width: '15%', cell: (credential) => credential.issuer },
    { key: 'date', header: 'Issued', cell: (credential) => <span className={styles.nowrap}>{formatDay(credential.date, locale)}</span> },
    { key: 'expires', header: 'Expires', cell: (credential) => <ExpiryCell credential={credential} today={today} /> },
    { key: 'skills', header: 'Skills', width: '18%', cell: (credential) => <SkillsCell skills={credential.skills} /> },
    { key: 'link', header: 'Link', cell: (credential) => <LinkCell credential={credential} /> },
    { key: 'actions', header: 'Actions', align: 'end', cell: (credential) => <CredentialRowActions credential={credential} /> },
  ];
  return <DataTable label="Credentials" rows={credentials} columns={columns} rowKey={(credential) => credential.id} />;
}
