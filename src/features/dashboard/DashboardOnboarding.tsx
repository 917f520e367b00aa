import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DemoDataButton } from '../../shared/DemoDataButton';
import { useBusinessDetailsMissing } from '../../shared/settings-context';
import { EmptyState } from '../../ui/EmptyState';
import styles from './DashboardOnboarding.module.css';

function SparkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M4 17l5-5 3.5 3L20 7.5" />
      <path d="M15 7.5h5v5" />
    </svg>
  );
}

function OnboardingStep({ number, title, children, action }: { number: number; title: string; children: ReactNode; action: ReactNode }) {
  return (
    <li className={styles.step}>
      <span className={styles.stepNumber} aria-hidden="true">
        {number}
      </span>
      <h3>{title}</h3>
      <p>{children}</p>
      <div className={styles.stepAction}>{action}</div>
    </li>
  );
}

/**
 * A first start: what the Dashboard will show, and the three ways to get going. Once the business details are saved,
 * the first step is adding a client instead of asking for them again.
 */
export function DashboardOnboarding() {
  const firstStep = useBusinessDetailsMissing()
    ? { title: 'Set up your business', to: '/settings', label: 'Open Settings', text: 'Your name, address and payment details, as your invoices will carry them.' }
    : { title: 'Add your first client', to: '/clients/new', label: 'New client', text: 'Its currency, rate and payment terms, which its projects and invoices start from.' };
  return (
    <EmptyState
      icon={<SparkIcon />}
      title="Welcome to Repute"
      description={
        <>
          <p>
            This is where your month comes together: hours tracked, how much of it is billable, what clients have paid and
            what they still owe. It fills in as you work.
          </p>
          <ol className={styles.steps}>
            <OnboardingStep
              number={1}
              title={firstStep.title}
              action={
                <Link to={firstStep.to} className="button button-secondary">
                  {firstStep.label}
                </Link>
              }
            >
              {firstStep.text}
            </OnboardingStep>
            <OnboardingStep number={2} title="Explore with demo data" action={<DemoDataButton variant="primary" />}>
              A sample freelancer's year of clients, time and invoices, to see every screen at work.
            </OnboardingStep>
            <OnboardingStep
              number={3}
              title="Start tracking"
              action={
                <Link to="/time" className="button button-secondary">
                  Go to Time
                </Link>
              }
            >
              Track time against a client's project; invoices are built from it.
            </OnboardingStep>
          </ol>
        </>
      }
    />
  );
}
