import './incidents.css';
import { type ComponentProps, type ReactNode, type TextareaHTMLAttributes, useCallback } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { AreaFrame, type AreaPageProps } from '../../components/AreaFrame.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { type FieldSpec, FieldsForm, optionsOf } from '../../components/FieldsForm.tsx';
import { ItemList } from '../../components/ItemList.tsx';
import { personOptions } from '../../components/Pickers.tsx';
import { useT } from '../../i18n/index.tsx';
import { type IncidentText, incidentTexts } from './texts.ts';

/** Calls of the incident screens. */
export const incApi = {
  get: api.get,
  post: api.post,
  put: <T,>(path: string, body: unknown) => api.put<T>(path, body),
};

const TABS: { key: keyof IncidentText['tabs']; href: string; fns?: string[] }[] = [
  { key: 'home', href: '/incidents' },
  { key: 'list', href: '/incidents/list', fns: ['incidents.read_all'] },
  { key: 'failures', href: '/incidents/failures', fns: ['failures.manage'] },
  { key: 'logs', href: '/incidents/log-reviews', fns: ['failures.manage'] },
  { key: 'violations', href: '/incidents/violations' },
  { key: 'compliance', href: '/incidents/compliance', fns: ['compliance.check', 'compliance.receive'] },
  { key: 'plan', href: '/incidents/plan' },
  { key: 'settings', href: '/incidents/settings', fns: ['emergency_plan.manage'] },
];

/** Heading and the incident area's tabs (only the parts the caller's functions open). */
export function IncFrame({ title, lead, children }: AreaPageProps) {
  const x = useT(incidentTexts);
  const tabs = TABS.map((t) => ({ href: t.href, label: x.tabs[t.key], fns: t.fns }));
  return (
    <AreaFrame label={x.area} tabs={tabs} title={title} lead={lead}>
      {children}
    </AreaFrame>
  );
}

export { SelectField } from '../../components/SelectField.tsx';

/** A labelled textarea (the kit's TextAreaField). */
export function TextArea({
  id,
  label,
  error,
  hint,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}) {
  return (
    <TextAreaField
      id={id}
      label={label}
      error={error}
      hint={hint}
      rows={3}
      className="input inc-textarea"
      {...rest}
    />
  );
}

/** Loads a GET endpoint (through the kit's `useData`); `reload` fetches again after a write. */
export function useLoad<T>(path: string): { data: T | null; reload: () => Promise<void>; failed: boolean } {
  const q = useData<T>(path || null);
  const refetch = q.refetch;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { data: q.data ?? null, reload, failed: !!q.error };
}

/** A form that records one more entry of an incident register: 記録しました。 after success, the list again. */
export function RecordForm({
  reload,
  ...form
}: Omit<ComponentProps<typeof FieldsForm>, 'doneMessage' | 'onDone' | 'submitLabel'> & {
  reload(): unknown;
  submitLabel?: string;
}) {
  const x = useT(incidentTexts);
  return (
    <FieldsForm
      className="form"
      submitLabel={x.add}
      doneMessage={x.recorded}
      onDone={() => void reload()}
      {...form}
    />
  );
}

/** A part of the incident's page: its heading, the entries (or ありません。) and what follows (a form). */
export function ListSection<T extends { id: string }>({
  id,
  title,
  items,
  render,
  lead,
  children,
}: {
  id: string;
  title: ReactNode;
  items: T[];
  render(item: T): ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const x = useT(incidentTexts);
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {lead}
      <ItemList items={items} render={render} none={x.none} className="inc-list" />
      {children}
    </section>
  );
}

/** A textarea of the incident forms, for `FieldsForm`. */
export function area(name: string, label: string, maxLength: number, required?: boolean): FieldSpec {
  return { name, kind: 'area', label, maxLength, required, rows: 3, className: 'input inc-textarea' };
}

/** A choice of the incident forms among labelled values (a dictionary group), for `FieldsForm`. */
export function choice(
  name: string,
  label: string,
  labels: Record<string, string>,
  defaultValue?: string,
): FieldSpec {
  return { name, kind: 'select', label, options: optionsOf(labels), defaultValue };
}

/** A choice of one person, or none (`none` names the empty choice), for `FieldsForm`. */
export function personChoice(name: string, label: string, people: PersonOption[], none: string): FieldSpec {
  return { name, kind: 'select', label, placeholder: none, options: personOptions(people) };
}

export { personOptions };

export interface PersonOption {
  id: string;
  displayName: string;
  loginId: string;
}

/** The organization's active people, when the caller may name them (handlers); empty otherwise. */
export function usePeople(enabled: boolean): PersonOption[] {
  return useData<{ items: PersonOption[] }>(enabled ? '/api/incidents/people' : null).data?.items ?? [];
}

/** The value of a form field as a trimmed string. */
export function val(f: FormData, name: string): string {
  return String(f.get(name) ?? '').trim();
}

/** Horizontal bars drawn in SVG (no chart library): one row per key with its count. */
export function Bars({ title, items }: { title: string; items: { key: string; count: number }[] }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  const row = 28;
  const labelW = 220;
  const barW = 360;
  const height = Math.max(row, items.length * row);
  return (
    <figure>
      <figcaption className="field__label">{title}</figcaption>
      {items.length === 0 ? (
        <p>—</p>
      ) : (
        <svg
          className="inc-bars"
          role="img"
          aria-label={`${title}: ${items.map((i) => `${i.key} ${i.count}`).join('、')}`}
          viewBox={`0 0 ${labelW + barW + 50} ${height}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
        >
          {items.map((i, n) => (
            <g key={i.key} transform={`translate(0 ${n * row})`}>
              <text x={labelW - 8} y={row / 2 + 4} textAnchor="end">
                {i.key.length > 18 ? `${i.key.slice(0, 17)}…` : i.key}
              </text>
              <rect x={labelW} y={4} height={row - 8} width={Math.max(2, (i.count / max) * barW)} rx={3} />
              <text x={labelW + (i.count / max) * barW + 6} y={row / 2 + 4}>
                {i.count}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}

/** The 結果 column of a check list: 問題なし or 指摘あり, coloured. */
export function resultColumn<T extends { result: string }>(x: IncidentText): Column<T> {
  const label = (r: T) => (r.result === 'ok' ? x.resultOk : x.resultFindings);
  return {
    key: 'result',
    header: x.checkResult,
    value: label,
    cell: (r) => <span className={r.result === 'ok' ? 'inc-ok' : 'inc-warn'}>{label(r)}</span>,
  };
}

/** The 結果 field of a check form: 問題なし or 指摘あり. */
export function resultField(x: IncidentText): FieldSpec {
  const options = [
    { value: 'ok', label: x.resultOk },
    { value: 'findings', label: x.resultFindings },
  ];
  return { name: 'result', kind: 'select', label: x.checkResult, options, defaultValue: 'ok' };
}
