import { useState, type FormEvent } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { timeEntriesCsv } from '../../domain/time-tracking/time-entries-csv';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { formatDay } from '../../shared/date-display';
import { useCsvExport } from '../../shared/use-csv-export';
import type { WeekStartDay } from './day-list-items';
import { EXPORT_PRESETS, exportDays, exportFileName, exportInstants, type ExportDays, type ExportPreset } from './export-range';
import { hasActiveFilters, type TimeFilters } from './time-filters';
import styles from './time-dialogs.module.css';
import { useFilteredEntries } from './use-filtered-entries';
import type { TimeReference } from './use-time-reference-query';

interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
  filters: TimeFilters;
  reference: TimeReference;
  today: string;
  weekStartsOn: WeekStartDay;
  timeZone: string;
}

/** Saves the filtered entries of a chosen period as a CSV file that spreadsheets open safely. */
export function ExportDialog(props: ExportDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Export time entries" size="sm" description="A CSV file with one row per entry, for a spreadsheet or your accountant.">
      {props.open && <ExportForm {...props} />}
    </Dialog>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function filterSummary(filters: TimeFilters, reference: TimeReference): string {
  const parts: string[] = [];
  if (filters.clientId !== undefined) parts.push(reference.clientsById.get(filters.clientId)?.name ?? 'one client');
  if (filters.projectId !== undefined) parts.push(reference.projectNames.get(filters.projectId) ?? 'one project');
  if (filters.tag !== undefined) parts.push(`tagged “${filters.tag}”`);
  if (filters.billable !== undefined) parts.push(filters.billable ? 'billable' : 'not billable');
  if (filters.invoiced !== undefined) parts.push(filters.invoiced ? 'invoiced' : 'not invoiced');
  return parts.join(', ');
}

function ExportForm({ onClose, filters, reference, today, weekStartsOn, timeZone }: ExportDialogProps) {
  const { save, saving } = useCsvExport();
  const locale = useDisplayLocale();
  const [preset, setPreset] = useState<ExportPreset>('thisMonth');
  const [custom, setCustom] = useState<{ firstDay: string; lastDay: string }>({ firstDay: `${today.slice(0, 7)}-01`, lastDay: today });

  const customError =
    preset !== 'custom'
      ? undefined
      : !DATE.test(custom.firstDay) || !DATE.test(custom.lastDay)
        ? 'Choose both dates'
        : custom.lastDay < custom.firstDay
          ? 'The last day is before the first'
          : undefined;
  const days: ExportDays | undefined = customError === undefined ? exportDays(preset, today, weekStartsOn, custom) : undefined;
  const range = days === undefined ? undefined : exportInstants(days, timeZone);
  const entries = useFilteredEntries(range, filters);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (days === undefined || entries === undefined || entries.length === 0) return;
    const rows = [...entries].reverse().map((entry) => ({
      start: entry.start,
      end: entry.end,
      timeZone: entry.timeZone,
      clientName: reference.clientsById.get(entry.clientId)?.name ?? '',
      projectName: reference.projectNames.get(entry.projectId) ?? '',
      description: entry.description,
      tags: entry.tags,
      billable: entry.billable,
      invoiced: entry.invoiceId !== undefined,
    }));
    const saved = await save({ suggestedName: exportFileName(days), content: timeEntriesCsv(rows), summary: `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}` });
    if (saved) onClose();
  };

  const count = entries?.length;
  const summary = filterSummary(filters, reference);

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Export">
      <SelectField label="Period" value={preset} options={EXPORT_PRESETS} onChange={(event) => setPreset(EXPORT_PRESETS.find((option) => option.value === event.target.value)?.value ?? 'thisMonth')} data-autofocus="" />
      {preset === 'custom' && (
        <div className="form-grid">
          <TextField label="First day" type="date" value={custom.firstDay} onChange={(event) => setCustom({ ...custom, firstDay: event.target.value })} error={customError} />
          <TextField label="Last day" type="date" value={custom.lastDay} onChange={(event) => setCustom({ ...custom, lastDay: event.target.value })} />
        </div>
      )}
      <div className={styles.exportSummary} aria-live="polite">
        {days !== undefined && (
          <p>
            {days.firstDay === undefined ? `Everything up to ${formatDay(days.lastDay, locale)}` : `${formatDay(days.firstDay, locale)} to ${formatDay(days.lastDay, locale)}`}
            {hasActiveFilters(filters) && <span className="muted">, only {summary}</span>}
          </p>
        )}
        <p className={styles.exportCount}>{count === undefined ? 'Counting entries…' : count === 0 ? 'No entries to export in this period.' : `${count} ${count === 1 ? 'entry' : 'entries'} will be exported.`}</p>
      </div>
      <p className="muted small">Cells that a spreadsheet could run as a formula are written as plain text.</p>
      <div className={styles.entryFormFooter}>
        <Button variant="secondary" onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving || count === undefined || count === 0} aria-busy={saving}>
          Export CSV
        </Button>
      </div>
    </form>
  );
}
