import type { AppModule } from '../module.ts';
import './events.ts';
import { CHECKPOINT_JOB, checkpointJob } from './checkpoint-job.ts';
import * as exports from './export-messages.ts';
import * as fields from './field-messages.ts';
import { en, ja } from './messages.ts';
import { auditMigrations } from './migrations.ts';
import { auditRoutes } from './routes.ts';
import * as targets from './target-messages.ts';

export type { AuditData, AuditEventName } from './catalogue.ts';
export type { ChainedEntry } from './chain.ts';
export { ChainVerifier } from './chain.ts';
export { checkpointNow } from './checkpoint-job.ts';
export { latestCheckpoints } from './checkpoints.ts';
export { exportAudit, verifyExport } from './export.ts';
export { type ExportSubject, exportRecorder } from './exports.ts';
export { type AuditItem, auditEntry, recordAudit, recordAudits } from './service.ts';
export type { AuditTables } from './tables.ts';
export type { AuditVerification } from './verify-log.ts';
export { verifyAuditLog } from './verify-log.ts';

/** The hash-chained audit log. */
export const auditModule: AppModule = {
  name: 'audit',
  migrations: auditMigrations,
  messages: {
    ja: { ...ja, ...targets.ja, ...fields.ja, ...exports.ja },
    en: { ...en, ...targets.en, ...fields.en, ...exports.en },
  },
  jobs: [{ kind: CHECKPOINT_JOB, handler: checkpointJob, every: 3600 }],
  routes: auditRoutes,
};
