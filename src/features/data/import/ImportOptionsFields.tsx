import { useId, useMemo } from 'react';
import type { ImportOptions } from '../../../domain/importers/import-types';
import { SelectField } from '../../../ui/Field';
import { timeZoneOptions } from '../../../shared/settings-options';
import styles from './import.module.css';

interface ImportOptionsFieldsProps {
  options: ImportOptions;
  /** The file's ambiguous dates, when the importer needs to be told which order they are in. */
  dateOrderExamples?: readonly string[];
  /** False for a file of dates alone (feedback), where no time is read in any zone. */
  asksTimeZone: boolean;
  disabled: boolean;
  onChange: (options: ImportOptions) => void;
}

const DATE_ORDERS = [
  { value: 'DMY', label: 'Day first (DD/MM)' },
  { value: 'MDY', label: 'Month first (MM/DD)' },
] as const;

/**
 * How to read the file: the zone its times were exported in, and the date order when the dates leave it open.
 * Nothing at all when there is nothing to ask.
 */
export function ImportOptionsFields({ options, dateOrderExamples, asksTimeZone, disabled, onChange }: ImportOptionsFieldsProps) {
  const zones = useMemo(() => timeZoneOptions(options.timeZone), [options.timeZone]);
  const legendId = useId();
  const examplesId = useId();

  if (!asksTimeZone && dateOrderExamples === undefined) return null;
  return (
    <div className={styles.importOptions}>
      {asksTimeZone && (
        <SelectField
          label="Time zone of the export"
          hint="The zone the exporting tool showed times in; durations are worked out in it, so a change of clocks counts right."
          value={options.timeZone}
          options={zones}
          disabled={disabled}
          onChange={(event) => onChange({ ...options, timeZone: event.target.value })}
        />
      )}
      {dateOrderExamples !== undefined && (
        <fieldset className={styles.dateOrder} aria-describedby={examplesId} disabled={disabled}>
          <legend id={legendId} className="field-label">
            How are dates written in this file?
          </legend>
          <div className={styles.dateOrderChoices}>
            {DATE_ORDERS.map((order) => (
              <label key={order.value} className={styles.dateOrderChoice}>
                <input type="radio" name={legendId} value={order.value} checked={options.dateOrder === order.value} onChange={() => onChange({ ...options, dateOrder: order.value })} />
                {order.label}
              </label>
            ))}
          </div>
          <p id={examplesId} className="field-hint">
            The file has dates such as {dateOrderExamples.join(', ')}, which read either way. Choose how the tool wrote them.
          </p>
        </fieldset>
      )}
    </div>
  );
}
