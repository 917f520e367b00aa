import { useContext } from 'react';
import { SettingsContext } from '../../shared/settings-context';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsDataSection } from './SettingsDataSection';
import { SettingsForm } from './SettingsForm';

/** Business identity, regional formats, time tracking, appearance, and the data on this device. */
export function SettingsScreen() {
  const settings = useContext(SettingsContext);
  return (
    <div className="page">
      <PageHeader title="Settings" description="Your business details for invoices, how figures and dates are shown, how time is tracked, and the app's appearance." />
      <div className="stack-lg">
        {settings === undefined ? <p className="muted">Reading your settings…</p> : <SettingsForm settings={settings} />}
        <SettingsDataSection />
      </div>
    </div>
  );
}
