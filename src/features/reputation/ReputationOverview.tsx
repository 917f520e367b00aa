import { useContext } from 'react';
import { addLocalDays, localDayKey } from '../../domain/time/local-calendar';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useNow } from '../../shared/use-now';
import { AreaIcon } from '../../ui/AreaIcon';
import { EmptyState } from '../../ui/EmptyState';
import { JobSuccessSection } from './overview/JobSuccessSection';
import { ScoreChangeSection } from './overview/ScoreChangeSection';
import { StandingSection } from './overview/StandingSection';
import { useReputation, useSaveTopRatedBar } from './use-reputation';
import styles from './ReputationOverview.module.css';

const TODAY_REFRESH_MS = 60_000;
/** "Why it changed" first compares today with the same day three months earlier. */
const CHANGE_LOOKBACK_DAYS = 91;

/** Job success, ratings, standing and skills, each with its formula and the records behind it. */
export function ReputationOverview() {
  const settings = useContext(SettingsContext);
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const today = localDayKey(useNow(TODAY_REFRESH_MS), timeZone);
  const saveBar = useSaveTopRatedBar();
  const data = useReputation(today, { weekStartsOn: settings?.weekStartsOn ?? 1, baseCurrency: settings?.baseCurrency ?? 'EUR', topRatedBar: settings?.topRatedBar });

  if (data === undefined || settings === undefined) return <div aria-busy="true" className={styles.loading} />;
  const { records, overview } = data;

  if (records.projects.length === 0 && records.feedback.length === 0) {
    return (
      <EmptyState
        icon={<AreaIcon area="reputation" />}
        title="No reputation yet"
        description={
          <>
            <p>
              Your job success, ratings and skills are computed here from your own projects and the feedback clients gave you, with every formula
              and record in view, so your reputation stays yours when you leave a platform.
            </p>
            <p>Add your projects and their feedback, or look around with the demo data first.</p>
          </>
        }
        actions={<DemoDataButton variant="primary" />}
      />
    );
  }

  return (
    <div className={styles.overview}>
      <JobSuccessSection jobSuccess={overview.jobSuccess} impactTenths={overview.impactTenths} projectsById={data.projectsById} clientsById={data.clientsById} baseCurrency={settings.baseCurrency} locale={locale} />
      <ScoreChangeSection prepared={overview.prepared} today={today} initialFrom={addLocalDays(today, -CHANGE_LOOKBACK_DAYS)} projectsById={data.projectsById} locale={locale} />
      <StandingSection weeks={overview.weeks} bar={overview.bar} baseCurrency={settings.baseCurrency} locale={locale} onSaveBar={saveBar} />
    </div>
  );
}
