// What the app shell mounts of the data feature: the scheduler that takes the automatic backups while the app is open.
export { AutomaticBackupScheduler } from './backups/AutomaticBackupScheduler';
