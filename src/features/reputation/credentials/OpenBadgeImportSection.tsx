import { useNavigate } from 'react-router';
import { findSameCredential } from '../../../domain/credentials/credential-status';
import { MAX_BADGE_FILE_BYTES } from '../../../domain/credentials/open-badge';
import { BackLink } from '../../../ui/BackLink';
import { Callout } from '../../../ui/Callout';
import { FileDropZone } from '../../../ui/FileDropZone';
import { BadgePreview } from './BadgePreview';
import { CREDENTIALS_PATH } from './credential-paths';
import { useCredentials } from './use-credentials';
import { useOpenBadgeImport } from './use-open-badge-import';
import styles from './credentials.module.css';

const BADGE_FILE_TYPES = '.json,.jsonld,.jwt,.jws,.txt,application/json,application/ld+json,application/jwt,text/plain';

/** Import an Open Badge: choose the file, see what it holds or why it cannot be read, then add it with its file. */
export function OpenBadgeImportSection() {
  const navigate = useNavigate();
  const credentials = useCredentials();
  const { state, chooseFile, reset, add } = useOpenBadgeImport();

  const addPreviewed = async () => {
    if (state.step !== 'preview') return;
    const added = await add(state);
    if (added !== undefined) void navigate(CREDENTIALS_PATH);
  };

  return (
    <div className={styles.section}>
      <BackLink to={CREDENTIALS_PATH} label="Credentials" />
      {state.step === 'preview' ? (
        <BadgePreview
          preview={state}
          duplicate={findSameCredential(credentials ?? [], state.badge.credential)}
          onAdd={() => void addPreviewed()}
          onChooseAnother={reset}
        />
      ) : (
        <section className="card" aria-labelledby="badge-import-title">
          <div className="card-header">
            <div>
              <h2 id="badge-import-title">Import an Open Badge</h2>
              <p>An Open Badges 3.0 credential from its issuer, as a JSON file or a compact JWT. You see what it holds before anything is added.</p>
            </div>
          </div>
          <div className="card-body stack">
            {state.step === 'refused' && (
              <Callout tone="danger" role="alert" title={`“${state.fileName}” cannot be imported`}>
                <p>{state.message}</p>
              </Callout>
            )}
            <FileDropZone
              inputLabel="Choose an Open Badge file"
              buttonLabel="Choose an Open Badge file…"
              accept={BADGE_FILE_TYPES}
              title={state.step === 'reading' ? `Reading “${state.fileName}”…` : 'Drop a badge file here'}
              hint={`A .json file or a JWT, up to ${String(MAX_BADGE_FILE_BYTES / (1024 * 1024))} MB. Imported as given; the signature is not checked.`}
              disabled={state.step === 'reading'}
              onFile={(file) => void chooseFile(file)}
            />
          </div>
        </section>
      )}
    </div>
  );
}
