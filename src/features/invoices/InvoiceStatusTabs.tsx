import { INVOICE_LIST_FILTERS, type InvoiceListFilter } from './invoice-list-filter';
import styles from './InvoiceStatusTabs.module.css';

interface InvoiceStatusTabsProps {
  filter: InvoiceListFilter;
  counts: Readonly<Record<InvoiceListFilter, number>>;
  onChange: (filter: InvoiceListFilter) => void;
}

/** A row of toggle buttons, one per view of the list, each with how many invoices it holds. */
export function InvoiceStatusTabs({ filter, counts, onChange }: InvoiceStatusTabsProps) {
  return (
    <div className={styles.tabs} role="group" aria-label="Show invoices">
      {INVOICE_LIST_FILTERS.map((option) => (
        <button
          key={option.value}
          type="button"
          className={[styles.tab, option.value === 'overdue' && counts.overdue > 0 && styles.tabAlert].filter(Boolean).join(' ')}
          aria-pressed={filter === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          <span className={styles.tabCount}>{counts[option.value]}</span>
        </button>
      ))}
    </div>
  );
}
