import { useAppInfo } from './use-app-info';
import styles from './DataLocationCard.module.css';

/** Where the records are kept, so the user knows what to back up and what leaves with the machine. */
export function DataLocationCard() {
  const appInfo = useAppInfo();
  return (
    <section className="card" aria-labelledby="data-location-title">
      <div className="card-header">
        <div>
          <h2 id="data-location-title">Where your data lives</h2>
          <p>Repute keeps everything on this device and sends nothing anywhere.</p>
        </div>
      </div>
      <div className="card-body">
        {appInfo.status === 'loading' && <p className="muted">Asking the app where it stores data…</p>}
        {appInfo.status === 'failed' && <p className="muted">The data location could not be read: {appInfo.message}</p>}
        {appInfo.status === 'ready' && (
          <dl className="key-values">
            <dt>Location</dt>
            <dd>
              <code className={styles.dataLocation}>{appInfo.info.dataLocation}</code>
            </dd>
            <dt>Storage</dt>
            <dd>A local IndexedDB database; each save is on disk before Repute reports it done</dd>
            <dt>App</dt>
            <dd>
              {appInfo.info.name} {appInfo.info.version} · {appInfo.info.host === 'electron' ? 'desktop' : 'browser'} on {appInfo.info.platform}
            </dd>
          </dl>
        )}
      </div>
    </section>
  );
}
