import { useId } from 'react';
import type { Client } from '../../domain/model';
import { Button } from '../../ui/Button';
import { hasPaymentFilters, paymentPeriodError, type PaymentFilters } from './payment-filters';
import { isPaymentMethod, PAYMENT_METHODS } from '../../domain/payments/payment-methods';
import styles from './PaymentFilterBar.module.css';
import { ClientOptions } from '../../shared/ClientOptions';

interface PaymentFilterBarProps {
  filters: PaymentFilters;
  onChange: (filters: PaymentFilters) => void;
  clients: readonly Client[];
}

/** The filters with one part changed; undefined clears it (the address bar leaves cleared parts out). */
function withValue<K extends keyof PaymentFilters>(filters: PaymentFilters, key: K, value: PaymentFilters[K]): PaymentFilters {
  return { ...filters, [key]: value };
}

/** Client, period and method: the list, its totals and the export all follow these. */
export function PaymentFilterBar({ filters, onChange, clients }: PaymentFilterBarProps) {
  const id = useId();
  const periodError = paymentPeriodError(filters);
  return (
    <div className={styles.filters} role="search" aria-label="Filter payments">
      <div className={styles.filter}>
        <label htmlFor={`${id}-client`}>Client</label>
        <select id={`${id}-client`} value={filters.clientId ?? ''} onChange={(event) => onChange(withValue(filters, 'clientId', event.target.value === '' ? undefined : event.target.value))}>
          <option value="">All clients</option>
          <ClientOptions clients={clients} />
        </select>
      </div>
      <div className={styles.filter}>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from ?? ''}
          aria-invalid={periodError === undefined ? undefined : true}
          aria-describedby={periodError === undefined ? undefined : `${id}-period-error`}
          onChange={(event) => onChange(withValue(filters, 'from', event.target.value === '' ? undefined : event.target.value))}
        />
      </div>
      <div className={styles.filter}>
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to ?? ''}
          aria-invalid={periodError === undefined ? undefined : true}
          onChange={(event) => onChange(withValue(filters, 'to', event.target.value === '' ? undefined : event.target.value))}
        />
      </div>
      <div className={styles.filter}>
        <label htmlFor={`${id}-method`}>Method</label>
        <select
          id={`${id}-method`}
          value={filters.method ?? ''}
          onChange={(event) => onChange(withValue(filters, 'method', isPaymentMethod(event.target.value) ? event.target.value : undefined))}
        >
          <option value="">All methods</option>
          {PAYMENT_METHODS.map((method) => (
            <option key={method.value} value={method.value}>
              {method.label}
            </option>
          ))}
        </select>
      </div>
      {hasPaymentFilters(filters) && (
        <Button variant="ghost" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
      {periodError !== undefined && (
        <p id={`${id}-period-error`} className={`field-error ${styles.periodError}`}>
          {periodError}
        </p>
      )}
    </div>
  );
}
