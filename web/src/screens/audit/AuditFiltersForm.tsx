import { type FormEvent, useState } from 'react';
import { useData } from '../../api/query.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type AuditFilters, FILTER_KEYS } from './filters.ts';

interface Props {
  initial: AuditFilters;
  onSearch(f: AuditFilters): void;
  error?: (field: string) => string | undefined;
}

/** The kinds of event, named in words, for the event filter (chosen from a list, never typed as keys). */
interface EventKinds {
  items: { event: string; label: string }[];
}

/** The kinds of record the body's log is about, named in words, for the 「対象の種類」 filter. */
interface TargetKinds {
  items: { targetType: string; label: string }[];
}

/** 絞り込み: actor, kind of event, target and a JST date range. */
export function AuditFiltersForm({ initial, onSearch, error = () => undefined }: Props) {
  const { t } = useI18n();
  const [f, setF] = useState(initial);
  const kinds = useData<EventKinds>('/api/audit/event-kinds').data?.items ?? [];
  const targets = useData<TargetKinds>('/api/audit/target-kinds').data?.items ?? [];
  /** The named choices, plus the current value when the list does not name it (kept from the address). */
  const choiceOptions = (value: string, named: { value: string; label: string }[]) =>
    value && !named.some((o) => o.value === value) ? [...named, { value, label: value }] : named;
  const set = (k: keyof AuditFilters) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const labels: Record<keyof AuditFilters, string> = {
    actor: t.audit.actor,
    event: t.audit.event,
    targetType: t.audit.targetType,
    targetId: t.audit.targetId,
    from: t.audit.from,
    to: t.audit.to,
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(f);
  }

  function clear() {
    const empty = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as unknown as AuditFilters;
    setF(empty);
    onSearch(empty);
  }

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="audit-filters">
      <h2 id="audit-filters" className="filters__title">
        {t.audit.filters}
      </h2>
      <div className="filters__grid">
        {FILTER_KEYS.map((k) =>
          k === 'event' || k === 'targetType' ? (
            <SelectField
              key={k}
              id={`audit-${k}`}
              label={labels[k]}
              value={f[k]}
              error={error(k)}
              onChange={set(k)}
              placeholder={k === 'event' ? t.audit.anyEvent : t.audit.anyTarget}
              options={choiceOptions(
                f[k],
                k === 'event'
                  ? kinds.map((e) => ({ value: e.event, label: e.label }))
                  : targets.map((e) => ({ value: e.targetType, label: e.label })),
              )}
            />
          ) : (
            <TextField
              key={k}
              id={`audit-${k}`}
              label={labels[k]}
              type={k === 'from' || k === 'to' ? 'date' : 'text'}
              value={f[k]}
              error={error(k)}
              onChange={set(k)}
            />
          ),
        )}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn--primary">
          {t.audit.search}
        </button>
        <button type="button" className="btn btn--text" onClick={clear}>
          {t.audit.clear}
        </button>
      </div>
    </form>
  );
}
