/** Audit events of the software module. */
import type { RecordCreated, RecordDeleted, RecordUpdated } from '../systems/index.ts';

declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'software.created': RecordCreated;
    'software.updated': RecordUpdated;
    'software.deleted': RecordDeleted;
    'software.installation_created': RecordCreated;
    'software.installation_updated': RecordUpdated;
    'software.installation_deleted': RecordDeleted;
    'software.shared_id_created': RecordCreated;
    'software.shared_id_updated': RecordUpdated;
    'software.shared_id_deleted': RecordDeleted;
    'software.settings_changed': { warnDays: { before: number; after: number } };
  }
}
