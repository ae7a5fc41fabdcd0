/**
 * The typed catalogue of audit events: event name → metadata an auditor reads.
 * Each module adds its own events by augmenting this interface from its `events.ts`;
 * renaming a field is a breaking change for auditors' exports.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation
export interface AuditEventMap {}

export type AuditEventName = keyof AuditEventMap & string;

/** What an event of the catalogue records with it. */
export type AuditData<E extends AuditEventName> = AuditEventMap[E];
