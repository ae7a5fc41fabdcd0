/** Audit events of the systems module (one created/updated/deleted triple per register). */
import type { RecordCreated, RecordDeleted, RecordUpdated } from './kit/fields.ts';

declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'systems.segment_created': RecordCreated;
    'systems.segment_updated': RecordUpdated;
    'systems.segment_deleted': RecordDeleted;
    'systems.system_created': RecordCreated;
    'systems.system_updated': RecordUpdated;
    'systems.system_deleted': RecordDeleted;
    'systems.connection_created': RecordCreated;
    'systems.connection_updated': RecordUpdated;
    'systems.connection_deleted': RecordDeleted;
    'systems.change_logged': RecordCreated;
    'systems.change_log_updated': RecordUpdated;
    'systems.change_log_deleted': RecordDeleted;
    'systems.equipment_created': RecordCreated;
    'systems.equipment_updated': RecordUpdated;
    'systems.equipment_deleted': RecordDeleted;
    'systems.maintenance_logged': RecordCreated;
    'systems.maintenance_updated': RecordUpdated;
    'systems.maintenance_deleted': RecordDeleted;
    'systems.line_created': RecordCreated;
    'systems.line_updated': RecordUpdated;
    'systems.line_deleted': RecordDeleted;
  }
}
