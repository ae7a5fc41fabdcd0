import { hasMessage, type Lang, t } from '../../i18n/index.ts';

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

/** A record id (UUID): kept in the CSV and the signed export, never printed on the screen. */
/** A stored code (`suspended`, `due_soon`): said in words where the catalogue names it. */
const CODE = /^[a-z][a-z_]*$/;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The summary as the audit-log screen shows it: ids left out (the target column links the record),
 * role-function keys, stored codes and the data's field names said by their names, so that a clerk reads words, not keys.
 */
export function readableSummary(dataJson: string, lang: Lang): string {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(dataJson) as Record<string, unknown>;
  } catch {
    return '';
  }
  const word = (v: string) =>
    hasMessage(`function.${v}`)
      ? t(lang, `function.${v}`)
      : CODE.test(v) && hasMessage(`audit.value.${v}`)
        ? t(lang, `audit.value.${v}`)
        : v;
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return ID.test(v) ? undefined : word(v);
    if (Array.isArray(v)) {
      const kept = v.map(clean).filter((x) => x !== undefined);
      return kept.length ? kept : undefined;
    }
    if (v && typeof v === 'object') {
      const kept = Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => [k, clean(x)] as const)
        .filter(([, x]) => x !== undefined);
      return kept.length ? Object.fromEntries(kept) : undefined;
    }
    return v;
  };
  const shown = Object.fromEntries(
    Object.entries(data)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined),
  );
  // Field names in words where the catalogue names them (`audit.field.*`); the CSV keeps the keys.
  const named = Object.fromEntries(
    Object.entries(shown).map(([k, v]) =>
      k === 'before' || k === 'after' || !hasMessage(`audit.field.${k}`)
        ? [k, v]
        : [t(lang, `audit.field.${k}`), v],
    ),
  );
  const text = summarize(JSON.stringify(named));
  return text.replace(/\[([^\]]*)\]/g, (_m, inner: string) => inner.replace(/"/g, ''));
}

/** The kind of record an event is about, in words ("その他の記録" for a kind without a name). */
export function targetLabel(type: string, lang: Lang): string {
  return hasMessage(`audit.target.${type}`) ? t(lang, `audit.target.${type}`) : t(lang, 'audit.target_other');
}
