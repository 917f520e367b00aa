import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { EmptyState } from '../../../ui/EmptyState';
import { blankCredentialForm, credentialFormFromCredential } from './credential-form-values';
import { CredentialForm } from './CredentialForm';
import { CREDENTIALS_PATH } from './credential-paths';
import { useCredentialFormSources } from './use-credentials';
import styles from './credentials.module.css';

/** The Credentials section's form for /reputation/credentials/new and /reputation/credentials/:credentialId/edit. */
export function CredentialFormSection({ mode }: { mode: 'new' | 'edit' }) {
  const { credentialId } = useParams();
  const navigate = useNavigate();
  const data = useCredentialFormSources(mode === 'edit' ? credentialId : undefined);
  const backToList = () => void navigate(CREDENTIALS_PATH);

  if (data === undefined) return <section className={styles.section} aria-busy="true" aria-label="Credential" />;

  const credential = data.credential?.deletedAt === undefined ? data.credential : undefined;
  if (mode === 'edit' && credential === undefined) {
    return (
      <section className={styles.section} aria-label="Credential not found">
        <BackLink to={CREDENTIALS_PATH} label="Credentials" />
        <EmptyState title="This credential no longer exists" description={<p>It may have been deleted. Every other credential is in the list.</p>} />
      </section>
    );
  }

  const title = credential === undefined ? 'New credential' : `Edit ${credential.name}`;
  return (
    <section className={styles.section} aria-labelledby="credential-form-title">
      <BackLink to={CREDENTIALS_PATH} label="Credentials" />
      <h2 id="credential-form-title" className={styles.title}>
        {title}
      </h2>
      <CredentialForm
        key={credential?.id ?? 'new'}
        initial={credential === undefined ? blankCredentialForm() : credentialFormFromCredential(credential)}
        stored={credential}
        skillUsage={data.skillUsage}
        onSaved={backToList}
        onCancel={backToList}
      />
    </section>
  );
}
