import { useId } from 'react';
import { DOCUMENT_LABELS } from '../../../domain/invoices/document-labels';
import type { DocumentLanguage } from '../../../domain/model';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { DiscountKind, InvoiceBuilderState } from './builder-state';
import type { FieldErrors } from './compose-invoice';
import card from './builder-card.module.css';
import styles from './TermsCard.module.css';

interface TermsCardProps {
  state: InvoiceBuilderState;
  errors: FieldErrors;
  currency: string;
  /** The language the invoice will be written in, for quoting what it will say. */
  documentLanguage: DocumentLanguage;
  onChange: (patch: Partial<InvoiceBuilderState>) => void;
}

/** Tax, reverse charge, discount, payment terms and notes: the parts of an invoice that are not lines. */
export function TermsCard({ state, errors, currency, documentLanguage, onChange }: TermsCardProps) {
  const reverseChargeId = useId();
  return (
    <section className={`card ${card.card}`} aria-labelledby="builder-terms-title">
      <div className={card.header}>
        <div>
          <h2 id="builder-terms-title">Tax, discount and terms</h2>
          <p>Several tax rates on one invoice are added up per rate, and each rate’s tax is computed once on its net.</p>
        </div>
      </div>
      <div className={`${card.body} form-grid`}>
        <TextField
          label="Tax rate"
          inputMode="decimal"
          value={state.reverseCharge ? '0' : state.taxRate}
          disabled={state.reverseCharge}
          error={errors.taxRate}
          hint="In percent, for time and fixed prices; a line can carry its own"
          onChange={(event) => onChange({ taxRate: event.target.value })}
        />
        <div className={styles.reverseCharge}>
          <div className={styles.checkbox}>
            <input id={reverseChargeId} type="checkbox" checked={state.reverseCharge} aria-describedby={`${reverseChargeId}-note`} onChange={(event) => onChange({ reverseCharge: event.target.checked })} />
            <label htmlFor={reverseChargeId}>Reverse charge</label>
          </div>
          <p id={`${reverseChargeId}-note`} className="field-hint">
            {state.reverseCharge ? `Every line at 0 %. The invoice will say: “${DOCUMENT_LABELS[documentLanguage].reverseChargeNote}”.` : 'For a business client in another EU country: the client accounts for the VAT.'}
          </p>
        </div>
        <div className={styles.discount}>
          <TextField
            label="Discount"
            inputMode="decimal"
            value={state.discount}
            error={errors.discount}
            placeholder={state.discountKind === 'percent' ? 'e.g. 5' : currency}
            hint="Leave empty for none; taken off before tax"
            onChange={(event) => onChange({ discount: event.target.value })}
          />
          <SelectField
            label="Discount as"
            value={state.discountKind}
            options={[
              { value: 'percent', label: 'Percent (%)' },
              { value: 'amount', label: `Amount (${currency})` },
            ]}
            onChange={(event) => onChange({ discountKind: parseDiscountKind(event.target.value) })}
          />
        </div>
        <TextField
          label="Payment terms"
          inputMode="numeric"
          value={state.paymentTermsDays}
          error={errors.paymentTermsDays}
          hint="Days from the issue date to the due date"
          onChange={(event) => onChange({ paymentTermsDays: event.target.value })}
        />
        <TextAreaField
          label="Notes"
          fieldClassName="span-all"
          rows={3}
          value={state.notes}
          maxLength={4000}
          placeholder="Printed at the foot of the invoice, e.g. a thank-you or a purchase order number"
          onChange={(event) => onChange({ notes: event.target.value })}
        />
      </div>
    </section>
  );
}

function parseDiscountKind(value: string): DiscountKind {
  return value === 'amount' ? 'amount' : 'percent';
}
