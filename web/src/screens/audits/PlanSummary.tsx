import { fmt, useT } from '../../i18n/index.tsx';
import type { Named } from '../dashboard/kit.tsx';
import { type AssuranceText, assuranceTexts } from '../dashboard/texts.ts';
import type { Plan } from './api.ts';

/** 令和8年度, or 令和8年度〜令和10年度 for a multi-year plan. */
export function yearsOf(x: AssuranceText, p: { fiscalYear: number; toYear: number | null }): string {
  const from = fmt(x.fiscalYearLabel, { year: p.fiscalYear });
  return p.toYear ? `${from}〜${fmt(x.fiscalYearLabel, { year: p.toYear })}` : from;
}

/** What the plan says: purpose, scope, timing, structure, criteria, who audits and who ordered it. */
export function PlanSummary({ p, people }: { p: Plan; people: Named[] }) {
  const x = useT(assuranceTexts);
  const person = (id: string) => people.find((u) => u.id === id)?.name ?? '—';
  const rows: [string, string | null][] = [
    [x.purpose, p.purpose],
    [x.scopeUnits, p.units.map((u) => u.name).join('、') || '—'],
    [x.scopeSystems, p.systems.map((s) => s.name).join('、') || '—'],
    [x.timing, p.timing],
    [x.structure, p.structure],
    [x.criteria, p.criteria],
    [x.auditorOrg, p.auditorOrg],
    [x.orderedBy, p.orderedBy && person(p.orderedBy)],
  ];
  return (
    <dl className="as-box as-grid">
      {rows
        .filter(([, v]) => v)
        .map(([label, v]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
