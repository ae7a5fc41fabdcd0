// Which scheduled backups to keep: the newest of each of the last N days and of the last M months
// (Japan time, from the stamp in the name). Only names this module wrote are ever considered.

/** A scheduled backup's file (or audit export folder) and its JST stamp YYYYMMDD-HHMMSS. */
export interface Stamped {
  name: string;
  stamp: string;
}

const AUTO = /^mamori-auto-(\d{8}-\d{6})(\.db|\.sql|)$/;

/** The stamp of a scheduled backup's file or export folder name, or null for any other name. */
export function stampOf(name: string): string | null {
  return AUTO.exec(name)?.[1] ?? null;
}

/** The names to delete so that `keepDaily` days and `keepMonthly` months keep their newest backup. */
export function toPrune(items: Stamped[], keepDaily: number, keepMonthly: number): string[] {
  const newestFirst = [...items].sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  const keep = new Set<string>();
  const pick = (period: (s: string) => string, n: number) => {
    const seen = new Set<string>();
    for (const it of newestFirst) {
      const p = period(it.stamp);
      if (seen.has(p)) continue;
      if (seen.size >= n) break;
      seen.add(p);
      keep.add(it.name);
    }
  };
  pick((s) => s.slice(0, 8), keepDaily);
  pick((s) => s.slice(0, 6), keepMonthly);
  return newestFirst.filter((it) => !keep.has(it.name)).map((it) => it.name);
}
