import { useContext, useId, useState } from 'react';
import { addLocalDays, localDayKey } from '../../domain/time/local-calendar';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { SettingsContext, useDisplayLocale } from '../../shared/settings-context';
import { useDisplayTimeZone } from '../../shared/use-display-time-zone';
import { useNow } from '../../shared/use-now';
import { AreaIcon } from '../../ui/AreaIcon';
import { EmptyState } from '../../ui/EmptyState';
import { DEFAULT_FIGURE_WINDOW, FIGURE_WINDOWS, type FigureWindowChoice } from '../../domain/reputation/window-figures';
import { formatDay } from '../../shared/date-display';
import { JobSuccessSection } from './overview/JobSuccessSection';
import { RatingsSection } from './overview/RatingsSection';
import { RelationshipsSection } from './overview/RelationshipsSection';
import { SkillsSection } from './overview/SkillsSection';
import { ScoreChangeSection } from './overview/ScoreChangeSection';
import { StandingSection } from './overview/StandingSection';
import { useReputation, useSaveTopRatedBar } from './use-reputation';
import styles from './ReputationOverview.module.css';

const TODAY_REFRESH_MS = 60_000;

const WINDOW_LABELS: Record<FigureWindowChoice, string> = { 6: 'Last 6 months', 12: 'Last 12 months', 24: 'Last 24 months', all: 'All time' };
/** "Why it changed" first compares today with the same day three months earlier. */
const CHANGE_LOOKBACK_DAYS = 91;

/** Job success, ratings, standing and skills, each with its formula and the records behind it. */
export function ReputationOverview() {
  const settings = useContext(SettingsContext);
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const today = localDayKey(useNow(TODAY_REFRESH_MS), timeZone);
  const saveBar = useSaveTopRatedBar();
  const windowId = useId();
  const [windowChoice, setWindowChoice] = useState<FigureWindowChoice>(DEFAULT_FIGURE_WINDOW);
  const data = useReputation(today, windowChoice, {
    weekStartsOn: settings?.weekStartsOn ?? 1,
    baseCurrency: settings?.baseCurrency ?? 'EUR',
    topRatedBar: settings?.topRatedBar,
    timeZone,
  });

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
      <div className={styles.windowBar}>
        <label htmlFor={windowId} className={styles.windowLabel}>
          Ratings, clients and skills over
        </label>
        <select id={windowId} className={styles.windowSelect} value={String(windowChoice)} onChange={(event) => setWindowChoice(FIGURE_WINDOWS.find((choice) => String(choice) === event.target.value) ?? DEFAULT_FIGURE_WINDOW)}>
          {FIGURE_WINDOWS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {WINDOW_LABELS[choice]}
            </option>
          ))}
        </select>
        <span className="muted">{windowChoice === 'all' ? `Everything up to ${formatDay(data.figures.window.to, locale)}` : `${formatDay(data.figures.window.from, locale)} to ${formatDay(data.figures.window.to, locale)}`}</span>
      </div>
      <RatingsSection figures={data.figures.ratings} />
      <RelationshipsSection figures={data.figures.relationships} />
      <SkillsSection skills={data.figures.skills} baseCurrency={settings.baseCurrency} />
    </div>
  );
}
