import { useContext } from 'react';
import { useParams } from 'react-router';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { countryName } from '../../domain/clients/client-codes';
import { clientMetrics } from '../../domain/clients/client-metrics';
import { clientPublicView } from '../../domain/clients/client-public-view';
import { paymentTermsLabel, platformLabel } from '../../domain/clients/client-display';
import type { Client } from '../../domain/model';
import { localDayKey } from '../../domain/time/local-calendar';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from '../../ui/BackLink';
import { formatInstantDay } from '../../shared/date-display';
import { ClientActions } from './ClientActions';
import styles from './ClientDetailPage.module.css';
import { ClientDetails } from './ClientDetails';
import { FeedbackCard } from '../projects';
import { ClientProjects } from './ClientProjects';
import { ClientStats } from './ClientStats';
import { PublicViewPanel } from './PublicViewPanel';
import { useClientOverview } from './use-client-detail';

function Subtitle({ client }: { client: Client }) {
  const locale = useDisplayLocale();
  const country = client.country === undefined ? undefined : (countryName(client.country, locale) ?? client.country);
  const parts = [client.company, platformLabel(client.platform), country, paymentTermsLabel(client.paymentTermsDays)].filter((part) => part !== undefined && part !== client.name);
  return (
    <span className={styles.subtitle}>
      {client.confidential && <Badge tone="warning">Confidential</Badge>}
      {client.archivedAt !== undefined && <Badge>Archived</Badge>}
      <span>{parts.join(' · ')}</span>
    </span>
  );
}

/** One client: its figures, projects, feedback, record, and how it appears to the outside world. */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const overview = useClientOverview(clientId);
  const settings = useContext(SettingsContext);
  const locale = useDisplayLocale();

  if (overview === undefined || settings === undefined) {
    return (
      <div className="page" aria-busy="true">
        <BackLink to="/clients" label="Clients" />
      </div>
    );
  }

  if (overview === null) {
    return (
      <div className="page">
        <BackLink to="/clients" label="Clients" />
        <PageHeader title="Client not found" />
        <EmptyState title="This client no longer exists" description={<p>It may have been deleted. Every other client is in the list.</p>} />
      </div>
    );
  }

  const { client, projects, rollups, invoices, payments, feedback } = overview;
  const metrics = clientMetrics({ currency: client.currency, rollups, invoices, payments, today: localDayKey(Date.now(), settings.timeZone) });
  const publicView = clientPublicView(client, projects, feedback);
  const projectNames = new Map(projects.map((project) => [project.id, project.name]));

  return (
    <div className="page">
      <BackLink to="/clients" label="Clients" />
      <PageHeader title={client.name} description={<Subtitle client={client} />} actions={<ClientActions client={client} />} />
      {client.archivedAt !== undefined && (
        <p className={styles.archivedNote}>
          Archived on {formatInstantDay(client.archivedAt, settings.timeZone, locale)}. It stays out of the client list and pickers until you unarchive it; its
          history stays in your figures.
        </p>
      )}
      <div className="stack-lg">
        <ClientStats metrics={metrics} />
        <div className={styles.columns}>
          <div className="stack-lg">
            <ClientProjects client={client} projects={projects} />
            <FeedbackCard feedback={feedback} projectNames={projectNames} />
          </div>
          <div className="stack-lg">
            <PublicViewPanel view={publicView} />
            <ClientDetails client={client} />
          </div>
        </div>
      </div>
    </div>
  );
}
