import { Money } from '../../ui/Money';
import { SelectField, TextField } from '../../ui/Field';
import { baseAmountPreview, type PaymentContext, type PaymentFormValues } from './payment-form-values';
import { isPaymentMethod, PAYMENT_METHODS } from '../../domain/payments/payment-methods';
import styles from './PaymentFields.module.css';
import { FormProblems } from '../../ui/FormProblems';

interface PaymentFieldsProps {
  values: PaymentFormValues;
  errors: Partial<Record<keyof PaymentFormValues, string>>;
  /** Messages about no field shown here (a refused invoice, a failed write), listed under the fields. */
  otherErrors: readonly string[];
  onChange<F extends keyof PaymentFormValues>(field: F, value: PaymentFormValues[F]): void;
  context: PaymentContext;
  /** Puts the first focus on the amount, the field almost every payment changes. */
  autoFocusAmount?: boolean;
}

function BaseAmountLine({ values, context }: { values: PaymentFormValues; context: PaymentContext }) {
  const base = baseAmountPreview(values, context);
  return (
    <p className={styles.baseAmount} aria-live="polite">
      {base === undefined ? (
        <span className="muted">The amount in {context.baseCurrency} appears once the amount and rate are filled in.</span>
      ) : (
        <>
          <span className="muted">In {context.baseCurrency}, your base currency:</span> <Money amountMinor={base} currency={context.baseCurrency} />
        </>
      )}
    </p>
  );
}

/**
 * The fields every payment has, for a `form-grid`: when it arrived, how much, what the platform or processor kept,
 * how it came, and the rate that turns it into the base currency. Amounts are in the payment's currency and read
 * with parseMoney.
 */
export function PaymentFields({ values, errors, otherErrors, onChange, context, autoFocusAmount = false }: PaymentFieldsProps) {
  const sameCurrency = context.currency === context.baseCurrency;
  return (
    <>
      <TextField label="Date" type="date" value={values.date} error={errors.date} onChange={(event) => onChange('date', event.target.value)} required />
      <SelectField
        label="Method"
        value={values.method}
        options={PAYMENT_METHODS}
        error={errors.method}
        onChange={(event) => {
          if (isPaymentMethod(event.target.value)) onChange('method', event.target.value);
        }}
      />
      <TextField
        label="Amount received"
        inputMode="decimal"
        autoComplete="off"
        value={values.amount}
        error={errors.amount}
        hint={`In ${context.currency}, before any fee was taken`}
        onChange={(event) => onChange('amount', event.target.value)}
        data-autofocus={autoFocusAmount ? '' : undefined}
        required
      />
      <TextField
        label="Fee"
        inputMode="decimal"
        autoComplete="off"
        value={values.fee}
        error={errors.fee}
        hint="What the platform, bank or processor kept"
        onChange={(event) => onChange('fee', event.target.value)}
      />
      <TextField
        label="Exchange rate"
        inputMode="decimal"
        autoComplete="off"
        value={sameCurrency ? '1' : values.exchangeRate}
        error={errors.exchangeRate}
        hint={sameCurrency ? `${context.currency} is your base currency` : `${context.baseCurrency} for 1 ${context.currency}, as on the day`}
        disabled={sameCurrency}
        onChange={(event) => onChange('exchangeRate', event.target.value)}
      />
      <TextField label="Reference" autoComplete="off" value={values.reference} error={errors.reference} hint="Optional: a transaction or payout ID" onChange={(event) => onChange('reference', event.target.value)} />
      <div className="span-all">
        <BaseAmountLine values={values} context={context} />
      </div>
      <FormProblems messages={otherErrors} className="span-all" />
    </>
  );
}
