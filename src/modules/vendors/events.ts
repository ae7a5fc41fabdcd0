/** Audit events of the vendors module. */
import type { RecordCreated, RecordDeleted, RecordUpdated } from '../systems/index.ts';

declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'vendors.created': RecordCreated;
    'vendors.updated': RecordUpdated;
    'vendors.deleted': RecordDeleted;
    'vendors.contract_created': RecordCreated;
    'vendors.contract_updated': RecordUpdated;
    'vendors.contract_deleted': RecordDeleted;
    'vendors.clause_list_set': {
      source: string;
      clausePath: string | null;
      before: string[];
      after: string[];
    };
    'vendors.cloud_created': RecordCreated;
    'vendors.cloud_updated': RecordUpdated;
    'vendors.cloud_deleted': RecordDeleted;
    'vendors.social_created': RecordCreated;
    'vendors.social_updated': RecordUpdated;
    'vendors.social_deleted': RecordDeleted;
    'vendors.law_created': RecordCreated;
    'vendors.law_updated': RecordUpdated;
    'vendors.law_deleted': RecordDeleted;
  }
}
