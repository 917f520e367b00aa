export { BACKUP_FORMAT_VERSION, type BackupInspection } from './backup-format';
export { exportBackup } from './export-backup';
export { inspectBackup, restoreBackup } from './restore-backup';
