/** What this screen is for beyond counts: moving history in, taking records out, and keeping copies. */
export function DataPortabilityGuide() {
  return (
    <section className="card" aria-labelledby="portability-title">
      <div className="card-header">
        <div>
          <h2 id="portability-title">Imports, exports and backups</h2>
          <p>Your records are yours to move. This screen is where they come in and go out.</p>
        </div>
      </div>
      <div className="card-body portability-grid">
        <div className="portability-item">
          <h3>Bring in your history</h3>
          <p>
            Imports read the CSV files other tools export: a Detailed report from Toggl Track, a Detailed report from
            Clockify, a Time report from Harvest, and the Transaction history from Upwork. The whole file is checked
            first and shown as a preview, with any problem named by its line, before anything is written. Importing
            the same file again adds nothing, and an import can be undone as a whole.
          </p>
        </div>
        <div className="portability-item">
          <h3>Take your records out</h3>
          <p>
            Exports write clients, time, invoices and payments as CSV for a spreadsheet or an accountant, and your
            portfolio as JSON Resume, a single-file web page or a PDF, signed so anyone can check it is unchanged.
            Clients marked confidential appear only under their public alias.
          </p>
        </div>
        <div className="portability-item">
          <h3>Keep a copy elsewhere</h3>
          <p>
            A backup is one file holding every record and setting. Keep it somewhere other than this device: the
            database lives only here, so a lost or wiped computer takes it along.
          </p>
        </div>
      </div>
    </section>
  );
}
