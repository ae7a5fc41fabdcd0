/** The current time as an ISO-8601 UTC string, the one timestamp format stored in the database. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/** Adds seconds to an ISO timestamp. */
export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** Formats an ISO timestamp in Japan Standard Time as YYYY-MM-DD HH:mm:ss. */
export function formatJst(iso: string): string {
  const d = new Date(Date.parse(iso) + 9 * 3600 * 1000);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

/** Formats an ISO timestamp in Japan Standard Time to the minute, as registers print it: YYYY-MM-DD HH:mm. */
export function formatJstMinute(iso: string): string {
  return formatJst(iso).slice(0, 16);
}

/** The JST calendar day (YYYY-MM-DD) of an ISO timestamp. */
export function jstDate(iso: string): string {
  return formatJst(iso).slice(0, 10);
}
