// When scheduled backups run and what their files are called: Japan time (UTC+9, no daylight saving).

const JST_MS = 9 * 3600 * 1000;

/** The first of the given Japan times of day ("HH:MM") strictly after `afterIso`, as an ISO UTC string. */
export function nextRunAt(times: string[], afterIso: string): string {
  if (!times.length) throw new Error('no backup times');
  const after = Date.parse(afterIso);
  const jstMidnight = Math.floor((after + JST_MS) / 86_400_000) * 86_400_000 - JST_MS;
  let best = Number.POSITIVE_INFINITY;
  for (const day of [0, 1]) {
    for (const t of times) {
      const [h, m] = t.split(':').map(Number);
      const at = jstMidnight + day * 86_400_000 + (h * 60 + m) * 60_000;
      if (at > after && at < best) best = at;
    }
  }
  return new Date(best).toISOString();
}

/** YYYYMMDD-HHMMSS in Japan time: the stamp in backup file names, so a day is the body's day. */
export function jstStamp(iso: string): string {
  const d = new Date(Date.parse(iso) + JST_MS).toISOString();
  return `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}-${d.slice(11, 13)}${d.slice(14, 16)}${d.slice(17, 19)}`;
}
