import { useDisplayLocale } from '../../../shared/settings-context';
import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { useAppInfo } from '../use-app-info';
import { AutomaticBackupsCard } from './AutomaticBackupsCard';
import { BackupDownloadCard } from './BackupDownloadCard';
import { RestoreCard } from './RestoreCard';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { useAutomaticBackups } from './use-automatic-backups';
import { useRestoreFlow } from './use-restore-flow';

/** Backups: download one now, restore one after seeing what it holds, and the desktop's automatic copies. */
export function BackupsSection() {
  const timeZone = useDisplayTimeZone();
  const locale = useDisplayLocale();
  const appInfo = useAppInfo();
  const onDesktop = appInfo.status === 'ready' && appInfo.info.host === 'electron';
  const automatic = useAutomaticBackups(onDesktop);
  const flow = useRestoreFlow(onDesktop, timeZone, automatic.refresh);
  const { state } = flow;
  const confirming = state.step === 'inspected' && state.confirming;

  return (
    <div className="stack-lg">
      <BackupDownloadCard timeZone={timeZone} />
      <RestoreCard flow={flow} locale={locale} />
      <AutomaticBackupsCard onDesktop={onDesktop} backups={automatic.state} flow={flow} timeZone={timeZone} locale={locale} />
      <RestoreConfirmDialog
        open={confirming || state.step === 'restoring'}
        contents={state.step === 'inspected' || state.step === 'restoring' ? state.contents : undefined}
        onDesktop={onDesktop}
        locale={locale}
        busy={state.step === 'restoring'}
        onConfirm={flow.restore}
        onCancel={flow.cancelConfirm}
      />
    </div>
  );
}
