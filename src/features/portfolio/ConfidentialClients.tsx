import styles from './portfolio.module.css';

/** How each confidential client will be named: the real name stays on this machine, the alias goes out. */
export function ConfidentialClients({ lines }: { lines: readonly { id: string; line: string }[] }) {
  return (
    <section className="section" aria-labelledby="portfolio-confidential-title">
      <h2 id="portfolio-confidential-title" className="section-title">
        Confidential clients
      </h2>
      <p className="section-description">
        Clients you work for under NDA never appear by name, email or address in the export; their projects show this alias instead.
      </p>
      {lines.length === 0 ? (
        <p className="card card-body muted">No client is marked confidential, so every client appears by name.</p>
      ) : (
        <div className="card card-body">
          <ul className={styles.aliases}>
            {lines.map(({ id, line }) => (
              <li key={id}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
