import { invoiceLineAmount } from '../../../domain/invoices/invoice-totals';
import { Button } from '../../../ui/Button';
import { Money } from '../../../ui/Money';
import { formatScaledForInput, QUANTITY_SCALE } from '../../../shared/decimal-input';
import { PlusIcon } from '../../../ui/icons';
import { isLineUnit, UNIT_OPTIONS, type ManualLineDraft } from './builder-state';
import type { ComposedLine, FieldErrors } from './compose-invoice';
import card from './builder-card.module.css';
import styles from './InvoiceLinesCard.module.css';

interface InvoiceLinesCardProps {
  composedLines: readonly ComposedLine[];
  manualLines: readonly ManualLineDraft[];
  manualLineErrors: Readonly<Record<string, FieldErrors>>;
  /** Shows messages on empty fields too, once a save was attempted. */
  showAllErrors: boolean;
  currency: string;
  locale: string;
  reverseCharge: boolean;
  onLineTaxRate: (key: string, text: string) => void;
  onManualChange: (key: string, patch: Partial<Omit<ManualLineDraft, 'key'>>) => void;
  onManualRemove: (key: string) => void;
  onAddLine: () => void;
}

function CellError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <span id={id} className={styles.cellError}>
      {message}
    </span>
  );
}

/** Every line of the invoice: those from time and fixed prices as computed, hand-typed ones as editable rows. */
export function InvoiceLinesCard(props: InvoiceLinesCardProps) {
  const { composedLines, manualLines, manualLineErrors, showAllErrors, currency, locale, reverseCharge } = props;
  const generated = composedLines.filter((composed) => composed.source !== 'manual');
  const manualAmounts = new Map(composedLines.filter((composed) => composed.source === 'manual').map((composed) => [composed.key, invoiceLineAmount(composed.line)]));

  return (
    <section className={`card ${card.card}`} aria-labelledby="builder-lines-title">
      <div className={card.header}>
        <div>
          <h2 id="builder-lines-title">Lines</h2>
          <p>Time and fixed prices appear here as you tick them. Add expenses, items or day rates as lines of their own.</p>
        </div>
      </div>
      <div className={styles.linesWrap}>
        <table className={styles.lines} aria-label="Invoice lines">
          <colgroup>
            <col />
            <col className={styles.colQuantity} />
            <col className={styles.colUnit} />
            <col className={styles.colPrice} />
            <col className={styles.colTax} />
            <col className={styles.colAmount} />
            <col className={styles.colRemove} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col" className={styles.alignEnd}>
                Quantity
              </th>
              <th scope="col">Unit</th>
              <th scope="col" className={styles.alignEnd}>
                Unit price
              </th>
              <th scope="col" className={styles.alignEnd}>
                Tax %
              </th>
              <th scope="col" className={styles.alignEnd}>
                Amount
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {generated.length === 0 && manualLines.length === 0 && (
              <tr>
                <td colSpan={7} className={styles.linesEmpty}>
                  No lines yet: tick time above, or add a line.
                </td>
              </tr>
            )}
            {generated.map((composed) => (
              <tr key={composed.key}>
                <td>
                  <span className={styles.lineDescription}>{composed.line.description}</span>
                  <span className={styles.lineSource}>{composed.source === 'time' ? `${composed.line.timeEntryIds.length} ${composed.line.timeEntryIds.length === 1 ? 'entry' : 'entries'}` : 'Fixed price'}</span>
                </td>
                <td className={styles.alignEnd}>{formatScaledForInput(composed.line.quantityMilli, locale, QUANTITY_SCALE)}</td>
                <td className={styles.lineUnit}>{UNIT_OPTIONS.find((option) => option.value === composed.line.unit)?.label.toLowerCase()}</td>
                <td className={styles.alignEnd}>
                  <Money amountMinor={composed.line.unitPriceMinor} currency={currency} />
                </td>
                <td className={styles.alignEnd}>
                  <input
                    className={styles.taxInput}
                    inputMode="decimal"
                    aria-label={`Tax rate for ${composed.line.description}`}
                    value={composed.taxRateText}
                    disabled={reverseCharge}
                    aria-invalid={composed.taxRateError === undefined ? undefined : true}
                    aria-describedby={composed.taxRateError === undefined ? undefined : `tax-error-${composed.key}`}
                    onChange={(event) => props.onLineTaxRate(composed.key, event.target.value)}
                  />
                  <CellError id={`tax-error-${composed.key}`} message={composed.taxRateError} />
                </td>
                <td className={`${styles.alignEnd} ${styles.lineAmount}`}>
                  <Money amountMinor={invoiceLineAmount(composed.line)} currency={currency} />
                </td>
                <td />
              </tr>
            ))}
            {manualLines.map((draft, index) => {
              const errors = manualLineErrors[draft.key] ?? {};
              const shown = (field: keyof ManualLineDraft): string | undefined => {
                const message = errors[field];
                if (message === undefined) return undefined;
                const value = draft[field];
                return showAllErrors || (typeof value === 'string' && value.trim() !== '') ? message : undefined;
              };
              const name = `line ${generated.length + index + 1}`;
              const amount = manualAmounts.get(draft.key);
              const field = (key: keyof ManualLineDraft) => ({
                'aria-invalid': shown(key) === undefined ? undefined : true,
                'aria-describedby': shown(key) === undefined ? undefined : `${draft.key}-${key}-error`,
              });
              return (
                <tr key={draft.key} className={styles.manualLine}>
                  <td>
                    <input aria-label={`Description of ${name}`} placeholder="Expense, item or service" value={draft.description} {...field('description')} onChange={(event) => props.onManualChange(draft.key, { description: event.target.value })} />
                    <CellError id={`${draft.key}-description-error`} message={shown('description')} />
                  </td>
                  <td className={styles.alignEnd}>
                    <input className={styles.numberInput} inputMode="decimal" aria-label={`Quantity of ${name}`} value={draft.quantity} {...field('quantity')} onChange={(event) => props.onManualChange(draft.key, { quantity: event.target.value })} />
                    <CellError id={`${draft.key}-quantity-error`} message={shown('quantity')} />
                  </td>
                  <td>
                    <select
                      aria-label={`Unit of ${name}`}
                      value={draft.unit}
                      onChange={(event) => {
                        if (isLineUnit(event.target.value)) props.onManualChange(draft.key, { unit: event.target.value });
                      }}
                    >
                      {UNIT_OPTIONS.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={styles.alignEnd}>
                    <input className={styles.numberInput} inputMode="decimal" aria-label={`Unit price of ${name}`} placeholder={currency} value={draft.unitPrice} {...field('unitPrice')} onChange={(event) => props.onManualChange(draft.key, { unitPrice: event.target.value })} />
                    <CellError id={`${draft.key}-unitPrice-error`} message={shown('unitPrice')} />
                  </td>
                  <td className={styles.alignEnd}>
                    <input
                      className={styles.taxInput}
                      inputMode="decimal"
                      aria-label={`Tax rate of ${name}`}
                      value={reverseCharge ? '0' : draft.taxRate}
                      disabled={reverseCharge}
                      {...field('taxRate')}
                      onChange={(event) => props.onManualChange(draft.key, { taxRate: event.target.value })}
                    />
                    <CellError id={`${draft.key}-taxRate-error`} message={shown('taxRate')} />
                  </td>
                  <td className={`${styles.alignEnd} ${styles.lineAmount}`}>{amount === undefined ? <span className="muted">—</span> : <Money amountMinor={amount} currency={currency} />}</td>
                  <td>
                    <button type="button" className={styles.remove} aria-label={`Remove ${name}`} onClick={() => props.onManualRemove(draft.key)}>
                      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
                      </svg>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={card.footer}>
        <Button size="sm" onClick={props.onAddLine}>
          <PlusIcon />
          Add line
        </Button>
      </div>
    </section>
  );
}
