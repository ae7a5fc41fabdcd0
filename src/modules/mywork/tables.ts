/** Row types of "my work": whether the body sends the daily digest, and when it last did. */
export interface MyWorkDigestTable {
  organization_id: string;
  /** 1 when the body sends everyone with work waiting a daily e-mail of it. */
  enabled: number;
  /** The hour (0–23, Japan time) from which the day's digest goes out. */
  hour: number;
  /** The Japan date the digest last went out (YYYY-MM-DD). */
  last_sent_on: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface MyWorkTables {
  my_work_digest: MyWorkDigestTable;
}
