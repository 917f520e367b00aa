import { useState } from 'react';
import { useNavigate } from 'react-router';
import { draftDocumentLanguage } from '../../../domain/invoices/document-language';
import { formatInvoiceNumber } from '../../../domain/invoices/invoice-number';
import { NEGATIVE_TOTAL_REFUSAL } from '../../../domain/invoices/invoice-refusals';
import type { Client, Invoice, Settings } from '../../../domain/model';
import { addLocalDays, localDayKey } from '../../../domain/time';
import { useAnnounce } from '../../../ui/Announcer';
import { ConfirmDialog } from '../../../ui/Dialog';
import { formatDay } from '../../../shared/date-display';
import { formatPercentForInput } from '../../../shared/decimal-input';
import { blankManualLine, withEntriesSelected, withFixedProject, withManualLine, withoutManualLine, withTaxSuggestion, type InvoiceBuilderState } from './builder-state';
import { builderProblems } from './builder-problems';
import { BuilderSummary } from './BuilderSummary';
import { ClientPeriodCard } from './ClientPeriodCard';
import { composeInvoice, isComposedInvoiceComplete } from './compose-invoice';
import { FixedPriceCard } from './FixedPriceCard';
import { InvoiceLinesCard } from './InvoiceLinesCard';
import { TermsCard } from './TermsCard';
import { UnbilledTimeCard } from './UnbilledTimeCard';
import { useClientBillingSources } from './use-builder-sources';
import { useDraftCommands } from './use-draft-commands';
import { readBuilderDraft } from './builder-draft';
import { DraftNotice } from '../../../shared/DraftNotice';
import { useOpeningDraft, useUnsavedChanges } from '../../../shared/use-form-draft';
import styles from './InvoiceBuilder.module.css';

interface InvoiceBuilderProps {
  clients: readonly Client[];
  settings: Settings;
  initial: InvoiceBuilderState;
  /** The draft being edited; a new invoice has none until it is first saved. */
  draft: Invoice | undefined;
  today: string;
  locale: string;
}

/** The first day of the month `today` falls in: the period a new invoice starts from when nothing is unbilled. */
function monthStart(today: string): string {
  return `${today.slice(0, 7)}-01`;
}

/**
 * Builds an invoice from a client's unbilled time, fixed prices and typed lines, with totals that follow every
 * change. The period starts at the client's oldest unbilled entry unless the user picks days; the client's rounding
 * rule (else the default in Settings) applies to each entry.
 */
export function InvoiceBuilder({ clients, settings, initial, draft, today, locale }: InvoiceBuilderProps) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const draftKey = draft === undefined ? `invoice:new:${initial.clientId}` : `invoice:${draft.id}`;
  const opening = useOpeningDraft({ key: draftKey, read: readBuilderDraft });
  const [state, setState] = useState(opening?.values ?? initial);
  // The state as it opened or was last put back: any change makes a new state, so the two differ once something is.
  const [pristine, setPristine] = useState(opening === undefined ? state : undefined);
  const unsaved = useUnsavedChanges({
    noun: 'invoice',
    draftKey,
    values: state,
    dirty: state !== pristine,
    opening,
    reset: () => {
      setState(initial);
      setPristine(initial);
    },
  });
  const [attempted, setAttempted] = useState(false);
  const [confirmingIssue, setConfirmingIssue] = useState(false);
  const commands = useDraftCommands(draft);
  const sources = useClientBillingSources(state.clientId, draft);
  const timeZone = settings.timeZone;

  const client = clients.find((candidate) => candidate.id === state.clientId);
  const currency = client?.currency ?? settings.baseCurrency;
  const rounding = client?.rounding ?? settings.defaultRounding;
  const loaded = sources !== undefined && sources.clientId === state.clientId;
  const entries = loaded ? sources.entries : [];
  const projects = loaded ? sources.projects : [];

  const oldestDay = entries.reduce<string | undefined>((oldest, entry) => {
    const day = localDayKey(entry.start, timeZone);
    return oldest === undefined || day < oldest ? day : oldest;
  }, undefined);
  const previous = loaded ? sources.previousInvoice : undefined;
  const suggestion = previous === undefined ? undefined : { taxRate: formatPercentForInput(previous.lines[0]?.taxRateBasisPoints ?? 0, locale), reverseCharge: previous.reverseCharge };
  const effective: InvoiceBuilderState = {
    ...withTaxSuggestion(state, suggestion),
    from: state.from === '' ? (oldestDay ?? monthStart(today)) : state.from,
    to: state.to === '' ? today : state.to,
  };
  const composed = composeInvoice(effective, { unbilledEntries: entries, projects, currency, rounding, timeZone, locale });
  const complete = isComposedInvoiceComplete(composed);
  const generatedCount = composed.lines.filter((line) => line.source !== 'manual').length;
  const problems = attempted ? builderProblems(composed, state.manualLines.map((line) => line.key), generatedCount, commands.errors) : [];
  const excluded = new Set(state.excludedEntryIds);
  const fixedProjects = projects.filter((project) => project.billing.kind === 'fixed' && project.status !== 'cancelled');

  const update = (patch: Partial<InvoiceBuilderState>) => setState((current) => ({ ...current, ...patch }));
  // The first change to tax fixes both settings, so the one not touched keeps what was suggested.
  const updateTerms = (patch: Partial<InvoiceBuilderState>) =>
    patch.taxRate === undefined && patch.reverseCharge === undefined ? update(patch) : update({ taxRate: effective.taxRate, reverseCharge: effective.reverseCharge, ...patch, taxChosen: true });

  const input = () => ({
    clientId: effective.clientId,
    currency,
    lines: composed.lines.map((composedLine) => composedLine.line),
    discount: composed.discount,
    reverseCharge: effective.reverseCharge,
    notes: effective.notes.trim(),
    paymentTermsDays: Number(effective.paymentTermsDays),
  });

  const saveDraft = async () => {
    setAttempted(true);
    if (!complete || client === undefined) return;
    const saved = await commands.save(input());
    if (saved === undefined) return;
    unsaved.settle();
    announce(draft === undefined ? 'Draft saved' : 'Draft updated', 'success');
    void navigate(`/invoices/${saved.id}`);
  };

  const askToIssue = () => {
    setAttempted(true);
    if (complete && client !== undefined) setConfirmingIssue(true);
  };

  const issue = async () => {
    const saved = await commands.save(input());
    if (saved === undefined) {
      setConfirmingIssue(false);
      return;
    }
    unsaved.settle();
    const issued = await commands.issue(saved.id, today);
    setConfirmingIssue(false);
    if (issued === undefined) {
      void navigate(`/invoices/${saved.id}`);
      return;
    }
    announce(`Invoice ${issued.number ?? ''} issued`, 'success');
    void navigate(`/invoices/${issued.id}`);
  };

  const terms = Number(effective.paymentTermsDays);
  const predictedNumber = formatInvoiceNumber(settings.invoiceNumberFormat, { sequence: settings.nextInvoiceSequence, issueDate: today });
  const projectNames = new Map(projects.map((project) => [project.id, project.name]));

  return (
    <div className={styles.builder}>
      <div className={styles.main}>
        <DraftNotice restoredAt={unsaved.restoredAt} onDiscard={unsaved.discard} />
        <ClientPeriodCard
          clients={clients}
          clientId={state.clientId}
          clientLocked={draft !== undefined}
          from={effective.from}
          to={effective.to}
          periodError={composed.errors.period}
          onClientChange={(clientId) => {
            const chosen = clients.find((candidate) => candidate.id === clientId);
            setState((current) => ({
              ...current,
              clientId,
              from: '',
              to: '',
              excludedEntryIds: [],
              fixedProjectIds: [],
              lineTaxRates: {},
              taxChosen: false,
              paymentTermsDays: String(chosen?.paymentTermsDays ?? settings.defaultPaymentTermsDays),
            }));
          }}
          onPeriodChange={(period) => update({ from: period.from ?? effective.from, to: period.to ?? effective.to })}
        />
        {client !== undefined && (
          <>
            <UnbilledTimeCard
              entries={composed.entriesInPeriod}
              excludedIds={excluded}
              projectNames={projectNames}
              grouping={state.grouping}
              rounding={rounding}
              roundingSource={client.rounding === undefined ? 'your default in Settings' : `${client.name}’s rule`}
              timeZone={timeZone}
              locale={locale}
              onGroupingChange={(grouping) => update({ grouping })}
              onSelect={(ids, selected) => setState((current) => withEntriesSelected(current, ids, selected))}
            />
            {fixedProjects.length > 0 && (
              <FixedPriceCard
                projects={fixedProjects}
                includedIds={new Set(state.fixedProjectIds)}
                currency={currency}
                onToggle={(projectId, included) => setState((current) => withFixedProject(current, projectId, included))}
              />
            )}
            <InvoiceLinesCard
              composedLines={composed.lines}
              manualLines={state.manualLines}
              manualLineErrors={composed.manualLineErrors}
              showAllErrors={attempted}
              currency={currency}
              locale={locale}
              reverseCharge={effective.reverseCharge}
              onLineTaxRate={(key, text) => setState((current) => ({ ...current, lineTaxRates: { ...current.lineTaxRates, [key]: text } }))}
              onManualChange={(key, patch) => setState((current) => withManualLine(current, key, patch))}
              onManualRemove={(key) => setState((current) => withoutManualLine(current, key))}
              onAddLine={() => setState((current) => ({ ...current, manualLines: [...current.manualLines, blankManualLine(effective.taxRate)] }))}
            />
            <TermsCard state={effective} errors={attempted ? composed.errors : {}} currency={currency} documentLanguage={draftDocumentLanguage(client, settings)} onChange={updateTerms} />
          </>
        )}
      </div>
      <BuilderSummary
        composed={composed}
        client={client}
        currency={currency}
        locale={locale}
        reverseCharge={effective.reverseCharge}
        problems={problems}
        busy={commands.busy}
        onSaveDraft={() => void saveDraft()}
        onIssue={askToIssue}
        issueRefusal={composed.totals.grossMinor < 0 ? NEGATIVE_TOTAL_REFUSAL : undefined}
      />
      <ConfirmDialog
        open={confirmingIssue}
        title="Issue invoice?"
        tone="primary"
        confirmLabel="Issue"
        busy={commands.busy}
        message={
          <div className={styles.confirm}>
            <p>
              It will be numbered <strong>{predictedNumber}</strong>, dated {formatDay(today, locale)} and due{' '}
              {Number.isSafeInteger(terms) ? formatDay(addLocalDays(today, terms), locale) : 'by the client’s terms'}.
            </p>
            <p>
              An issued invoice no longer changes: corrections are made with a credit note. Its {composed.selectedEntries.length}{' '}
              {composed.selectedEntries.length === 1 ? 'time entry is' : 'time entries are'} locked.
            </p>
          </div>
        }
        onConfirm={() => void issue()}
        onCancel={() => setConfirmingIssue(false)}
      />
    </div>
  );
}
