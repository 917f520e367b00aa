import { INVOICE_LIST_FILTERS, type InvoiceListFilter } from './invoice-list-filter';

interface InvoiceStatusTabsProps {
  filter: InvoiceListFilter;
  counts: Readonly<Record<InvoiceListFilter, number>>;
  onChange: (filter: InvoiceListFilter) => void;
}

/** A row of toggle buttons, one per view of the list, each with how many invoices it holds. */
export function InvoiceStatusTabs({ filter, counts, onChange }: InvoiceStatusTabsProps) {
  return (
    <div className="invoices-tabs" role="group" aria-label="Show invoices">
      {INVOICE_LIST_FILTERS.map((option) => (
        <button
          key={option.value}
          type="button"
          className={`invoices-tab${option.value === 'overdue' && counts.overdue > 0 ? ' invoices-tab-alert' : ''}`}
          aria-pressed={filter === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          <span className="invoices-tab-count">{counts[option.value]}</span>
        </button>
      ))}
    </div>
  );
}
