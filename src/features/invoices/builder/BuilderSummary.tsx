import { useId } from 'react';
import type { Client } from '../../../domain/model';
import { Button } from '../../../ui/Button';
import { InvoiceTotalsTable } from '../InvoiceTotalsTable';
import { IssueRefusalNote } from '../IssueRefusalNote';
import type { ComposedInvoice } from './compose-invoice';
import styles from './BuilderSummary.module.css';

interface BuilderSummaryProps {
  composed: ComposedInvoice;
  client: Client | undefined;
  currency: string;
  locale: string;
  reverseCharge: boolean;
  /** Messages to list above the buttons, once a save was attempted. */
  problems: readonly string[];
  busy: boolean;
  onSaveDraft: () => void;
  onIssue: () => void;
  /** Why the invoice cannot be issued as it stands (a total below zero): said here, and Issue is not offered. */
  issueRefusal?: string;
}

/** The running totals beside the builder, and the two ways out: keep as a draft, or issue with a number. */
export function BuilderSummary({ composed, client, currency, locale, reverseCharge, problems, busy, onSaveDraft, onIssue, issueRefusal }: BuilderSummaryProps) {
  const lineCount = composed.lines.length;
  const refusalId = useId();
  return (
    <aside className={styles.summary} aria-label="Invoice total">
      <div className={`card ${styles.card}`}>
        <div className={styles.head}>
          <p className={styles.eyebrow}>{client === undefined ? 'New invoice' : client.name}</p>
          <p className={styles.lineCount}>
            {lineCount} {lineCount === 1 ? 'line' : 'lines'} · {currency}
          </p>
        </div>
        <InvoiceTotalsTable totals={composed.totals} linesNetMinor={composed.linesNetMinor} discount={composed.discount} currency={currency} locale={locale} reverseCharge={reverseCharge} />
        {problems.length > 0 && (
          <div role="alert">
            <ul className={styles.problems}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {issueRefusal !== undefined && (
          <div className={styles.refusal}>
            <IssueRefusalNote id={refusalId} message={issueRefusal} />
          </div>
        )}
        <div className={styles.actions}>
          <Button
            variant="primary"
            onClick={onIssue}
            disabled={busy || client === undefined || issueRefusal !== undefined}
            aria-describedby={issueRefusal === undefined ? undefined : refusalId}
          >
            Issue invoice
          </Button>
          <Button variant="secondary" onClick={onSaveDraft} disabled={busy || client === undefined} aria-busy={busy}>
            Save draft
          </Button>
        </div>
        <p className={styles.note}>A draft can change freely. Issuing gives the next number and locks the invoice and its time.</p>
      </div>
    </aside>
  );
}
