import { type FormEvent, useEffect, useState } from 'react';
import { Link, navigate } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { api, type VersionDetail, type VersionSummary } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { usePolicyText } from './i18n.ts';
import { charDiff } from './textDiff.ts';

interface ClauseSummary {
  path: string;
  depth: number;
  label: string;
  title?: string;
}
interface ClauseChange {
  path: string;
  previousPath?: string;
  title?: string;
  titleChanged: boolean;
  textChanged: boolean;
  before: string;
  after: string;
  similarity: number;
}
interface ClauseDiff {
  added: ClauseSummary[];
  removed: ClauseSummary[];
  changed: ClauseChange[];
  unchanged: number;
}

const DEL = { background: '#fde2e1', color: '#8c1d18', textDecoration: 'line-through' };
const INS = { background: '#dcf3e3', color: '#0f5223', textDecoration: 'underline' };
const TEXT = { whiteSpace: 'pre-wrap' as const, margin: 0 };

/** Old text with deletions marked, or new text with insertions marked. */
function Marked({ before, after, side }: { before: string; after: string; side: 'before' | 'after' }) {
  const p = usePolicyText();
  const pieces = charDiff(before, after);
  return (
    <p style={TEXT}>
      {pieces.map((x, i) => {
        const key = `${i}${x.op}`;
        if (x.op === 'same') return <span key={key}>{x.text}</span>;
        if (x.op === 'del' && side === 'before')
          return (
            <del key={key} style={DEL}>
              <span className="visually-hidden">{p.delMark}</span>
              {x.text}
            </del>
          );
        if (x.op === 'ins' && side === 'after')
          return (
            <ins key={key} style={INS}>
              <span className="visually-hidden">{p.insMark}</span>
              {x.text}
            </ins>
          );
        return null;
      })}
    </p>
  );
}

/** 版の比較: two versions of a document, clause by clause. Route /policies/versions/:id/diff/:other (old → new). */
export default function PolicyDiff({ params }: ScreenProps) {
  const p = usePolicyText();
  const { error, busy, run } = useAction();
  const [a, setA] = useState<VersionDetail | null>(null);
  const [b, setB] = useState<VersionDetail | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [diff, setDiff] = useState<ClauseDiff | null>(null);
  const [from, setFrom] = useState(params.id);
  const [to, setTo] = useState(params.other);
  useEffect(() => {
    setFrom(params.id);
    setTo(params.other);
    setDiff(null);
    void run(async () => {
      const [va, vb, d] = await Promise.all([
        api.get<VersionDetail>(`/api/policy/versions/${params.id}`),
        api.get<VersionDetail>(`/api/policy/versions/${params.other}`),
        api.get<ClauseDiff>(`/api/policy/versions/${params.id}/diff/${params.other}`),
      ]);
      setA(va);
      setB(vb);
      setDiff(d);
      const doc = await api.get<{ versions: VersionSummary[] }>(`/api/policy/documents/${vb.documentId}`);
      setVersions(doc.versions);
    });
  }, [run, params.id, params.other]);
  function compare(e: FormEvent) {
    e.preventDefault();
    navigate(`/policies/versions/${from}/diff/${to}`);
  }
  const name = (v: VersionDetail | null) => (v ? fmt(p.version, { n: v.number }) : '');
  return (
    <>
      <PageHeading lead={p.compareLead}>
        {p.compare}
        {a && b && `：${b.title}`}
      </PageHeading>
      <FormAlert error={error} />
      {b && (
        <p>
          <Link href={`/policies/documents/${b.documentId}`}>{p.versions}</Link>
        </p>
      )}
      {versions.length > 1 && (
        <form className="form form--inline" onSubmit={compare}>
          <div className="field">
            <label className="field__label" htmlFor="diff-from">
              {p.from}
            </label>
            <select id="diff-from" className="input" value={from} onChange={(e) => setFrom(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {fmt(p.version, { n: v.number })}（{p.status[v.status]}）
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="diff-to">
              {p.to}
            </label>
            <select id="diff-to" className="input" value={to} onChange={(e) => setTo(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {fmt(p.version, { n: v.number })}（{p.status[v.status]}）
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn--secondary" disabled={busy || from === to}>
            {p.compareBtn}
          </button>
        </form>
      )}
      {diff && a && b && (
        <>
          <h2>{fmt(p.diffOf, { from: name(a), to: name(b) })}</h2>
          <p role="status" data-testid="diff-counts">
            <strong>
              {fmt(p.diffCounts, {
                added: diff.added.length,
                removed: diff.removed.length,
                changed: diff.changed.length,
                unchanged: diff.unchanged,
              })}
            </strong>
          </p>
          <section className="section" aria-labelledby="diff-added">
            <h3 id="diff-added">
              {p.added}（{diff.added.length}）
            </h3>
            {diff.added.length === 0 && <p className="muted">{p.noneChanged}</p>}
            <ul className="link-list">
              {diff.added.map((c) => (
                <li key={c.path}>
                  <ClauseRef versionId={b.id} path={c.path} /> {c.title ?? ''}
                </li>
              ))}
            </ul>
          </section>
          <section className="section" aria-labelledby="diff-removed">
            <h3 id="diff-removed">
              {p.removed}（{diff.removed.length}）
            </h3>
            {diff.removed.length === 0 && <p className="muted">{p.noneChanged}</p>}
            <ul className="link-list">
              {diff.removed.map((c) => (
                <li key={c.path}>
                  <ClauseRef versionId={a.id} path={c.path} /> {c.title ?? ''}
                </li>
              ))}
            </ul>
          </section>
          <section className="section" aria-labelledby="diff-changed">
            <h3 id="diff-changed">
              {p.changed}（{diff.changed.length}）
            </h3>
            {diff.changed.length === 0 && <p className="muted">{p.noneChanged}</p>}
            {diff.changed.map((c) => (
              <article key={c.path} className="panel" aria-label={c.path}>
                <h4>
                  <ClauseRef versionId={b.id} path={c.path} /> {c.title ?? ''}
                </h4>
                <p className="cell-sub">
                  {c.previousPath && `${fmt(p.moved, { from: c.previousPath, to: c.path })}・`}
                  {c.titleChanged && `${p.titleChanged}・`}
                  {fmt(p.similarity, { pct: Math.round(c.similarity * 100) })}
                </p>
                {c.textChanged && (
                  <div
                    style={{
                      display: 'grid',
                      gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
                      gap: '1rem',
                    }}
                  >
                    <div>
                      <h5>
                        {p.before}（{name(a)}
                        {c.previousPath ? ` ${c.previousPath}` : ''}）
                      </h5>
                      <Marked before={c.before} after={c.after} side="before" />
                    </div>
                    <div>
                      <h5>
                        {p.after}（{name(b)}）
                      </h5>
                      <Marked before={c.before} after={c.after} side="after" />
                    </div>
                  </div>
                )}
              </article>
            ))}
          </section>
        </>
      )}
    </>
  );
}
