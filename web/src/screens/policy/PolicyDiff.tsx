import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { type DocumentDetail, policyPaths, type VersionDetail } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { ComparePicker } from './ComparePicker.tsx';
import { policyTexts } from './i18n.ts';
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
  const p = useT(policyTexts);
  const pieces = charDiff(before, after);
  return (
    <p style={TEXT}>
      {pieces.map((x, i) => {
        const key = `${i}${x.op}`;
        if (x.op === 'same') return <span key={key}>{x.text}</span>;
        // Deletions are shown on the old side only, insertions on the new.
        if ((x.op === 'del') !== (side === 'before')) return null;
        const Mark = x.op;
        return (
          <Mark key={key} style={x.op === 'del' ? DEL : INS}>
            <span className="visually-hidden">{x.op === 'del' ? p.delMark : p.insMark}</span>
            {x.text}
          </Mark>
        );
      })}
    </p>
  );
}

/** Clauses only one side has, each linked into its version. */
function ClauseList(props: { id: string; title: string; clauses: ClauseSummary[]; versionId: string }) {
  const p = useT(policyTexts);
  return (
    <section className="section" aria-labelledby={props.id}>
      <h3 id={props.id}>
        {props.title}（{props.clauses.length}）
      </h3>
      {props.clauses.length === 0 && <p className="muted">{p.noneChanged}</p>}
      <ul className="link-list">
        {props.clauses.map((c) => (
          <li key={c.path}>
            <ClauseRef versionId={props.versionId} path={c.path} /> {c.title ?? ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 版の比較: two versions of a document, clause by clause. Route /policies/versions/:id/diff/:other (old → new). */
export default function PolicyDiff({ params }: ScreenProps) {
  const p = useT(policyTexts);
  const a = useData<VersionDetail>(policyPaths.version(params.id)).data;
  const vb = useData<VersionDetail>(policyPaths.version(params.other));
  const b = vb.data;
  const d = useData<ClauseDiff>(`${policyPaths.version(params.id)}/diff/${params.other}`);
  const diff = d.data;
  const versions =
    useData<DocumentDetail>(b ? policyPaths.document(b.documentId) : null).data?.versions ?? [];
  const name = (v: VersionDetail | undefined) => (v ? fmt(p.version, { n: v.number }) : '');
  return (
    <>
      <PageHeading lead={p.compareLead}>
        {p.compare}
        {a && b && `：${b.title}`}
      </PageHeading>
      <FormAlert error={d.error ?? vb.error} />
      {b && (
        <p>
          <Link href={`/policies/documents/${b.documentId}`}>{p.versions}</Link>
        </p>
      )}
      {versions.length > 1 && (
        <ComparePicker
          key={`${params.id}/${params.other}`}
          idPrefix="diff"
          versions={versions}
          from={params.id}
          to={params.other}
        />
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
          <ClauseList id="diff-added" title={p.added} clauses={diff.added} versionId={b.id} />
          <ClauseList id="diff-removed" title={p.removed} clauses={diff.removed} versionId={a.id} />
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
