import { fmt } from '../../i18n/index.tsx';
import { Bars, Part } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import type { Results } from './campaign-types.ts';
import { bars } from './campaign-types.ts';

/** A campaign's results: the rate overall, by unit, role and area, and against earlier years. */
export function ResultsView({ results }: { results: Results }) {
  const x = useText();
  const o = results.overall;
  return (
    <Part id="cmp-results" title={x.results}>
      {o && (
        <p>
          {x.overall}: {x.rate} <strong>{o.rate === null ? '—' : `${o.rate}%`}</strong>（{x.answered}{' '}
          {o.answered}/{o.total}・{x.answers.done} {o.done}・{x.answers.partial} {o.partial}・
          {x.answers.not_done} {o.notDone}・{x.answers.na} {o.na}）
        </p>
      )}
      <Bars title={x.byUnit} valueLabel={x.rate} rows={bars(results.byUnit)} />
      <Bars title={x.byRole} valueLabel={x.rate} rows={bars(results.byRole)} />
      <Bars title={x.byArea} valueLabel={x.rate} rows={bars(results.byArea)} />
      {results.history.length > 0 && (
        <Bars
          title={x.history}
          valueLabel={x.rate}
          rows={[
            ...(o
              ? [{ key: 'now', label: x.overall, value: o.rate, detail: `${o.answered}/${o.total}` }]
              : []),
            ...results.history.map((h) => ({
              key: String(h.fiscalYear),
              label: fmt(x.fiscalYearLabel, { year: h.fiscalYear }),
              value: h.overall?.rate ?? null,
              detail: h.overall ? `${h.overall.answered}/${h.overall.total}` : '',
            })),
          ]}
        />
      )}
    </Part>
  );
}
