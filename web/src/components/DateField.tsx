/**
 * A date typed the way people in a Japanese public body write it — 令和8年4月1日, R8.4.1 or 2026-04-01 —
 * with a calendar beside it. The value is ISO `YYYY-MM-DD`; while the text cannot be read as a date the
 * field says why and passes the text on unchanged, so the server refuses it naming this field.
 */
import { useEffect, useState } from 'react';
import { formatWareki, parseDateInput } from '../../../src/shared/wareki.ts';
import { fmt, useI18n, useT } from '../i18n/index.tsx';
import { describedBy, FieldFrame } from './Field.tsx';
import { kitTexts } from './i18n.ts';

interface Props {
  id: string;
  /** A form field of this name carries the ISO value (for forms read with FormData). */
  name?: string;
  label: string;
  /** `YYYY-MM-DD`, '' when empty (or the unreadable text last typed). */
  value: string;
  onChange(value: string): void;
  required?: boolean;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The reader's notation of an ISO date: 和暦 in Japanese, ISO in English. */
function shown(value: string, lang: 'ja' | 'en'): string {
  return ISO.test(value) && lang === 'ja' ? formatWareki(value) : value;
}

export function DateField({ id, name, label, value, onChange, required, hint, error, disabled }: Props) {
  const { lang } = useI18n();
  const c = useT(kitTexts);
  const [text, setText] = useState(() => shown(value, lang));
  // A value set from outside (a loaded record, a calendar pick) replaces the text unless it already says it.
  useEffect(() => {
    setText((current) => {
      const r = current.trim() ? parseDateInput(current) : { iso: '' };
      return 'iso' in r && r.iso === value ? current : shown(value, lang);
    });
  }, [value, lang]);
  const parsed = text.trim() ? parseDateInput(text) : null;
  let problem: string | undefined;
  if (parsed && 'error' in parsed) {
    const e = parsed.error;
    problem =
      e.code === 'date.outside_era'
        ? fmt(c.dateOutsideEra, e.params)
        : e.code === 'date.no_such_day'
          ? c.dateNoSuchDay
          : c.dateUnreadable;
  }
  const reads = parsed && 'iso' in parsed ? fmt(c.dateReads, { date: formatWareki(parsed.iso) }) : null;
  const statusId = `${id}-reads`;
  return (
    <FieldFrame id={id} label={label} hint={hint ?? c.dateHint} error={error} required={required}>
      <div className="date-field">
        {name && <input type="hidden" name={name} value={value} />}
        <input
          id={id}
          className="input date-field__text"
          inputMode="text"
          autoComplete="off"
          value={text}
          required={required}
          disabled={disabled}
          aria-invalid={error || problem ? true : undefined}
          aria-describedby={describedBy(id, true, error, statusId)}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const r = next.trim() ? parseDateInput(next) : { iso: '' };
            onChange('iso' in r ? r.iso : next);
          }}
        />
        <input
          type="date"
          className="input date-field__pick"
          aria-label={`${label}: ${c.datePick}`}
          title={c.datePick}
          tabIndex={-1}
          disabled={disabled}
          value={ISO.test(value) ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p id={statusId} className={problem ? 'field__error' : 'field__hint'} aria-live="polite">
        {problem ?? reads ?? ''}
      </p>
    </FieldFrame>
  );
}
