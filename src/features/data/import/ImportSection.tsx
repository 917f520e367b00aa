import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { Callout } from '../../../ui/Callout';
import { FileDropZone } from '../../../ui/FileDropZone';
import { ImportHistory } from './ImportHistory';
import type { ExistingRecords } from './import-mapping';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportReview } from './ImportReview';
import { ImportSummaryCard } from './ImportSummaryCard';
import { SupportedFormats } from './SupportedFormats';
import { useImportFlow } from './use-import-flow';
import { useImportTargets } from './use-imports';

const NO_RECORDS: ExistingRecords = { clients: [], projects: [] };

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function ProblemCallout({ title, message }: { title: string; message: string }) {
  return (
    <Callout tone="danger" role="alert" title={title}>
      <p>{message}</p>
    </Callout>
  );
}

/** Names the line once: some refusals already say which line they are about. */
function refusalText(message: string, line: number | undefined): string {
  if (line === undefined || message.toLowerCase().includes(`line ${String(line)}`)) return message;
  return `Line ${String(line)}: ${message}`;
}

/** Import: choose or drop a file, see what it holds, map its clients and projects, import, and undo if need be. */
export function ImportSection() {
  const timeZone = useDisplayTimeZone();
  const flow = useImportFlow(timeZone);
  const { state } = flow;
  const existing = useImportTargets();

  const chooser = (
    <section className="card" aria-labelledby="import-choose-title">
      <div className="card-header">
        <div>
          <h2 id="import-choose-title">Import time, payments or feedback</h2>
          <p>Nothing is written until you have seen the preview and confirmed it.</p>
        </div>
      </div>
      <div className="card-body stack">
        {state.step === 'refused' && (
          <ProblemCallout title={`“${state.fileName}” cannot be imported`} message={refusalText(state.message, state.line)} />
        )}
        {state.step === 'empty' && <ProblemCallout title={`${state.formatLabel}: “${state.fileName}”`} message={state.message} />}
        {state.step === 'failed' && <ProblemCallout title={state.fileName === '' ? 'The import stopped' : `“${state.fileName}” was not imported`} message={state.message} />}
        <FileDropZone
          inputLabel="Choose a file to import"
          buttonLabel="Choose a file to import…"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          title="Drop a CSV file here"
          hint="A CSV file from Toggl Track, Clockify, Harvest or Upwork, or your feedback in Repute’s template, up to 50 MB."
          onFile={flow.chooseFile}
        />
        <SupportedFormats />
      </div>
    </section>
  );

  return (
    <div className="stack-lg">
      {(state.step === 'choose' || state.step === 'refused' || state.step === 'empty' || state.step === 'failed') && chooser}
      {state.step === 'reading' && (
        <ImportProgressCard
          title={`Reading “${state.fileName}”`}
          label="Reading progress"
          detail={`${formatMegabytes(state.loadedBytes)} of ${formatMegabytes(state.totalBytes)}`}
          done={state.loadedBytes}
          total={state.totalBytes}
        />
      )}
      {state.step === 'checking' && <ImportProgressCard title={`Checking “${state.fileName}”`} label="Checking progress" detail="Recognising the format and checking every row…" />}
      {state.step === 'review' && (
        <ImportReview
          state={state}
          existing={existing ?? NO_RECORDS}
          onOptionsChange={flow.changeOptions}
          onMappingChange={flow.changeMapping}
          onCommit={flow.commit}
          onCancel={flow.reset}
        />
      )}
      {state.step === 'importing' && (
        <ImportProgressCard
          title={`Importing “${state.file.name}”`}
          label="Import progress"
          detail={state.total === 0 ? 'Writing…' : `${state.done} of ${state.total} written`}
          done={state.done}
          total={state.total}
        />
      )}
      {state.step === 'finished' && <ImportSummaryCard outcome={state.outcome} onImportAnother={flow.reset} />}
      <ImportHistory />
    </div>
  );
}
