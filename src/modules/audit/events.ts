/** Audit events of the log itself and of every module's exports. */
declare module './catalogue.ts' {
  interface AuditEventMap {
    /** A register, book or the log left as a file: which book, in which format, how many rows. */
    'records.exported': { book: string; format: string; count: number };
  }
}

export {};
