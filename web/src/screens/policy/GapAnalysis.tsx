import { useData } from '../../api/query.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { type AreaResult, policyPaths } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { policyTexts } from './i18n.ts';

const SHOWN = 4;
const MARK = { covered: '●', thin: '▲', missing: '✕' } as const;
const COLOR = { covered: '#1a6b35', thin: '#8a5a00', missing: '#b3261e' } as const;

const CLAUSE = { whiteSpace: 'nowrap', marginRight: '0.75rem', display: 'inline-block' } as const;

function Clauses({ versionId, paths }: { versionId: string; paths: string[] }) {
  return paths.map((path) => (
    <span key={path} style={CLAUSE}>
      <ClauseRef versionId={versionId} path={path} />
    </span>
  ));
}

/** Guideline areas with covered / thin / missing and the clauses covering each, linked into the document. */
export function GapAnalysis({ versionId, headingLevel = 2 }: { versionId: string; headingLevel?: 2 | 3 }) {
  const p = useT(policyTexts);
  const q = useData<{ items: AreaResult[] }>(policyPaths.gap(versionId));
  const items = q.data?.items;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const count = (s: AreaResult['status']) => items?.filter((i) => i.status === s).length ?? 0;
  return (
    <section className="section" aria-labelledby={`gap-${versionId}`}>
      <H id={`gap-${versionId}`}>{p.gap}</H>
      <p className="muted">{p.gapLead}</p>
      <FormAlert error={q.error} />
      {items && (
        <>
          <p data-testid="gap-counts">
            <strong>
              {fmt(p.gapCounts, {
                covered: count('covered'),
                thin: count('thin'),
                missing: count('missing'),
              })}
            </strong>
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{p.gap}</caption>
              <thead>
                <tr>
                  <th scope="col" style={{ width: '40%' }}>
                    {p.gapArea}
                  </th>
                  <th scope="col">{p.gapState}</th>
                  <th scope="col">{p.gapClauses}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id} data-gap={a.status}>
                    <th
                      scope="row"
                      style={{
                        paddingLeft: a.parent ? '2rem' : undefined,
                        fontWeight: a.parent ? 400 : 700,
                        whiteSpace: 'normal',
                      }}
                    >
                      {a.title}
                      <div className="cell-sub">
                        {a.description}（{p.gapScope[a.scope]}）
                      </div>
                    </th>
                    <td className="nowrap">
                      <span
                        className="tag"
                        title={p.gapHint[a.status]}
                        style={{ color: COLOR[a.status], borderColor: COLOR[a.status] }}
                      >
                        <span aria-hidden="true">{MARK[a.status]} </span>
                        {p.gapStatus[a.status]}
                      </span>
                    </td>
                    <td>
                      {a.paths.length === 0 && '—'}
                      <Clauses versionId={versionId} paths={a.paths.slice(0, SHOWN)} />
                      {a.paths.length > SHOWN && (
                        <details>
                          <summary>{fmt(p.gapMore, { n: a.paths.length - SHOWN })}</summary>
                          <Clauses versionId={versionId} paths={a.paths.slice(SHOWN)} />
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
