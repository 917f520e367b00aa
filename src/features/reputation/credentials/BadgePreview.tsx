import type { Credential } from '../../../domain/model';
import { formatDay } from '../../../shared/date-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Callout } from '../../../ui/Callout';
import type { BadgePreviewState } from './use-open-badge-import';
import styles from './credentials.module.css';

const FORM_LABELS = { json: 'Open Badges 3.0, JSON', jwt: 'Open Badges 3.0, compact JWT' } as const;

interface BadgePreviewProps {
  preview: BadgePreviewState;
  /** A stored credential with the same name, issuer and date, so adding this one would repeat it. */
  duplicate: Credential | undefined;
  onAdd: () => void;
  onChooseAnother: () => void;
}

/** What importing the file will add, field by field, before anything is stored. */
export function BadgePreview({ preview, duplicate, onAdd, onChooseAnother }: BadgePreviewProps) {
  const locale = useDisplayLocale();
  const { credential } = preview.badge;
  return (
    <section className="card" aria-labelledby="badge-preview-title">
      <div className="card-header">
        <div>
          <h2 id="badge-preview-title">Import preview</h2>
          <p>This is what will be added. Nothing is stored until you add it.</p>
        </div>
      </div>
      <div className="card-body stack">
        <dl className="key-values">
          <dt>Name</dt>
          <dd className={styles.name}>{credential.name}</dd>
          <dt>Issuer</dt>
          <dd>{credential.issuer}</dd>
          <dt>Issued</dt>
          <dd>{formatDay(credential.date, locale)}</dd>
          <dt>Expires</dt>
          <dd>{credential.expires === undefined ? <span className="muted">Never</span> : formatDay(credential.expires, locale)}</dd>
          <dt>Skills</dt>
          <dd>
            {credential.skills.length === 0 ? (
              <span className="muted">None given</span>
            ) : (
              <span className={styles.skills}>
                {credential.skills.map((skill) => (
                  <Badge key={skill}>{skill}</Badge>
                ))}
              </span>
            )}
          </dd>
          <dt>Link</dt>
          <dd>{credential.url ?? <span className="muted">None given</span>}</dd>
          <dt>Achievement</dt>
          <dd className={styles.description}>{credential.description ?? <span className="muted">No description</span>}</dd>
          <dt>File</dt>
          <dd>
            {preview.fileName} <span className="muted">· {FORM_LABELS[preview.badge.form]}</span>
          </dd>
        </dl>
        <p className={styles.note}>Imported as given; the signature is not checked. The file is kept with the credential, so it can still be verified elsewhere.</p>
        {duplicate !== undefined && (
          <Callout tone="warning">
            <p>
              You already have “{duplicate.name}” from {duplicate.issuer}, issued {formatDay(duplicate.date, locale)}. Adding this file makes a second copy.
            </p>
          </Callout>
        )}
        {preview.writeError !== undefined && (
          <Callout tone="danger" role="alert">
            <p>{preview.writeError}</p>
          </Callout>
        )}
        <div className="cluster-end">
          <Button variant="secondary" onClick={onChooseAnother} disabled={preview.saving}>
            Choose another file
          </Button>
          <Button variant="primary" onClick={onAdd} disabled={preview.saving} aria-busy={preview.saving}>
            Add this credential
          </Button>
        </div>
      </div>
    </section>
  );
}
