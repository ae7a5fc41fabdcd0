/** A one-line readable summary of an event's data for screens and CSV (`before → after` where present). */
export function summarize(dataJson: string): string {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(dataJson) as Record<string, unknown>;
  } catch {
    return dataJson;
  }
  const show = (v: unknown): string =>
    v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (k === 'before' && 'after' in data) {
      parts.push(`${show(v)} → ${show(data.after)}`);
      continue;
    }
    if (k === 'after' && 'before' in data) continue;
    parts.push(`${k}: ${show(v)}`);
  }
  return parts.join(', ');
}
