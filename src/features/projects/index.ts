// What other features use of projects: the client page lists a client's projects and the feedback on them.
export { FeedbackCard } from './FeedbackCard';
export { ProjectBilling } from './ProjectBilling';
export { PROJECT_STATUS_LABELS, PROJECT_STATUS_TONES } from './project-labels';
