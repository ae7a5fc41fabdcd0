/**
 * A moment picked with the browser's date and time input, read back the way the reader writes it
 * (令和8年12月7日 14:45 in Japanese, as the 和暦 forms print it) whatever notation the browser uses.
 */
import { useState } from 'react';
import { fmt, useI18n, useT } from '../i18n/index.tsx';
import { formatWarekiDateTime } from '../lib/date.ts';
import { describedBy, FieldFrame, type SeededFieldProps } from './Field.tsx';
import { kitTexts } from './i18n.ts';

interface Props extends SeededFieldProps {
  max?: number | string;
  min?: number | string;
}

/** A datetime-local value ("YYYY-MM-DDTHH:mm") for now in the browser's time zone. */
export function localNow(): string {
  return new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A datetime-local value as an ISO timestamp, or '' (the server names the field). */
export function toIso(local: string): string {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

/** A date and time; `initial` is a datetime-local value (the browser's time), '' when empty. */
export function DateTimeField({ id, name, label, hint, error, required, initial, max, min }: Props) {
  const { lang } = useI18n();
  const c = useT(kitTexts);
  const [value, setValue] = useState(initial);
  const moment = value ? new Date(value) : null;
  const reads =
    moment && !Number.isNaN(moment.getTime()) && lang === 'ja'
      ? fmt(c.dateReads, { date: formatWarekiDateTime(moment) })
      : '';
  const statusId = `${id}-reads`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type="datetime-local"
        className="input"
        value={value}
        max={max}
        min={min}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, statusId)}
        onChange={(e) => setValue(e.target.value)}
      />
      <p id={statusId} className="field__hint" aria-live="polite">
        {reads}
      </p>
    </FieldFrame>
  );
}
