import { Link } from 'react-router';
import { isCredentialExpired } from '../../../domain/credentials/credential-status';
import { todayKey } from '../../../domain/time-tracking/time-window';
import { countOf } from '../../../shared/count-text';
import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { useNow } from '../../../shared/use-now';
import { AreaIcon } from '../../../ui/AreaIcon';
import { EmptyState } from '../../../ui/EmptyState';
import { PlusIcon } from '../../../ui/icons';
import { IMPORT_BADGE_PATH, NEW_CREDENTIAL_PATH } from './credential-paths';
import { CredentialsTable } from './CredentialsTable';
import { useCredentials } from './use-credentials';
import styles from './credentials.module.css';

/** A quiet screen checks the date now and then, so a credential that expires at midnight says so. */
const TODAY_REFRESH_MS = 60_000;

function CredentialActions() {
  return (
    <>
      <Link to={IMPORT_BADGE_PATH} className="button button-secondary">
        Import Open Badge
      </Link>
      <Link to={NEW_CREDENTIAL_PATH} className="button button-primary">
        <PlusIcon />
        Add credential
      </Link>
    </>
  );
}

/** The Credentials section's list: certificates and badges, each with its dates, skills and link. */
export function CredentialListSection() {
  const credentials = useCredentials();
  const timeZone = useDisplayTimeZone();
  const today = todayKey(useNow(TODAY_REFRESH_MS), timeZone);

  if (credentials === undefined) return <section className={styles.section} aria-busy="true" aria-label="Credentials" />;

  if (credentials.length === 0) {
    return (
      <EmptyState
        icon={<AreaIcon area="reputation" />}
        title="No credentials yet"
        description={
          <>
            <p>Keep your certificates and badges here, with who issued them, when they expire and where anyone can check them.</p>
            <p>An Open Badges 3.0 file from the issuer can be imported as it is: its name, issuer, dates and skills are read from it, and the file is kept.</p>
          </>
        }
        actions={<CredentialActions />}
      />
    );
  }

  const expired = credentials.filter((credential) => isCredentialExpired(credential, today)).length;
  return (
    <section className={styles.section} aria-labelledby="credentials-title">
      <div className={styles.header}>
        <div>
          <h2 id="credentials-title" className={styles.title}>
            Credentials
          </h2>
          <p className={styles.summary}>
            {countOf(credentials.length, 'credential', 'credentials')}
            {expired > 0 && ` · ${String(expired)} expired`}
          </p>
        </div>
        <div className="cluster">
          <CredentialActions />
        </div>
      </div>
      <CredentialsTable credentials={credentials} today={today} />
    </section>
  );
}
