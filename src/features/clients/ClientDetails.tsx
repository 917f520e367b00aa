import type { ReactNode } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { countryName } from '../../domain/clients/client-codes';
import { paymentTermsLabel, platformLabel } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { Money } from '../../ui/Money';
import styles from './ClientDetailPage.module.css';
import { ClientTags } from './ClientTags';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const NONE = <span className="muted">—</span>;

/** The client's record as the owner keeps it: contact, billing terms, tags and notes. */
export function ClientDetails({ client }: { client: Client }) {
  const locale = useDisplayLocale();
  const country = client.country === undefined ? undefined : (countryName(client.country, locale) ?? client.country);
  return (
    <section className="card" aria-labelledby="client-details-title">
      <div className="card-header">
        <h2 id="client-details-title">Details</h2>
      </div>
      <div className="card-body">
        <dl className={`key-values ${styles.details}`}>
          <Row label="Email">{client.email === undefined || client.email === '' ? NONE : client.email}</Row>
          <Row label="Company">{client.company ?? NONE}</Row>
          <Row label="Address">{client.address === undefined ? NONE : <span className={styles.address}>{client.address}</span>}</Row>
          <Row label="Country">{country ?? NONE}</Row>
          <Row label="Tax ID">{client.taxId ?? NONE}</Row>
          <Row label="Industry">{client.industry ?? NONE}</Row>
          <Row label="Platform">{platformLabel(client.platform)}</Row>
          <Row label="Currency">{client.currency}</Row>
          <Row label="Default rate">
            {client.defaultRateMinor === undefined ? (
              NONE
            ) : (
              <>
                <Money amountMinor={client.defaultRateMinor} currency={client.currency} /> / h
              </>
            )}
          </Row>
          <Row label="Terms">{paymentTermsLabel(client.paymentTermsDays)}</Row>
          <Row label="Tags">
            <ClientTags tags={client.tags} />
          </Row>
        </dl>
        {client.notes !== undefined && <p className={styles.notes}>{client.notes}</p>}
      </div>
    </section>
  );
}
