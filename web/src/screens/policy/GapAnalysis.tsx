import { useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import { api } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { usePolicyText } from './i18n.ts';

export interface AreaResult {
  id: string;
  title: string;
  description: string;
  scope: 'basic' | 'both' | 'standard';
  parent?: string;
  status: 'covered' | 'thin' | 'missing';
  paths: string[];
}

const SHOWN = 4;
const MARK = { covered: '●', thin: '▲', missing: '✕' } as const;
const COLOR = { covered: '#1a6b35', thin: '#8a5a00', missing: '#b3261e' } as const;

/** Guideline areas with covered / thin / missing and the clauses covering each, linked into the document. */
export function GapAnalysis({ versionId, headingLevel = 2 }: { versionId: string; headingLevel?: 2 | 3 }) {
  const p = usePolicyText();
  const { error, run } = useAction();
  const [items, setItems] = useState<AreaResult[] | null>(null);
  useEffect(() => {
    void run(async () =>
      setItems((await api.get<{ items: AreaResult[] }>(`/api/policy/versions/${versionId}/gap`)).items),
    );
  }, [run, versionId]);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const count = (s: AreaResult['status']) => items?.filter((i) => i.status === s).length ?? 0;
  return (
    <section className="section" aria-labelledby={`gap-${versionId}`}>
      <H id={`gap-${versionId}`}>{p.gap}</H>
      <p className="muted">{p.gapLead}</p>
      <FormAlert error={error} />
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
                      {a.paths.slice(0, SHOWN).map((path) => (
                        <span
                          key={path}
                          style={{ whiteSpace: 'nowrap', marginRight: '0.75rem', display: 'inline-block' }}
                        >
                          <ClauseRef versionId={versionId} path={path} />
                        </span>
                      ))}
                      {a.paths.length > SHOWN && (
                        <details>
                          <summary>{fmt(p.gapMore, { n: a.paths.length - SHOWN })}</summary>
                          {a.paths.slice(SHOWN).map((path) => (
                            <span
                              key={path}
                              style={{
                                whiteSpace: 'nowrap',
                                marginRight: '0.75rem',
                                display: 'inline-block',
                              }}
                            >
                              <ClauseRef versionId={versionId} path={path} />
                            </span>
                          ))}
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
