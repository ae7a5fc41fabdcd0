import { useEffect, useMemo, useRef, useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link, useSearch } from '../../app/router.tsx';
import { ActionButton } from '../../components/ActionButton.tsx';
import { Button } from '../../components/Button.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QuickForm } from '../../components/QuickForm.tsx';
import { fmt } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { AckBanner } from './AckBanner.tsx';
import { AckStatus } from './AckStatus.tsx';
import { policyApi, policyPaths, type VersionDetail } from './api.ts';
import { ClauseLinks } from './ClauseLinks.tsx';
import { ClauseTree, flatten } from './ClauseTree.tsx';
import { day } from './dates.ts';
import { usePolicyView } from './usePolicyView.ts';

/** The policy as a navigable document: contents on the left, text on the right, search, and what each clause drives. */
export default function PolicyVersion({ params }: ScreenProps) {
  const q = useData<VersionDetail>(policyPaths.version(params.id));
  return <Loaded query={q}>{(v) => <VersionView key={v.id} v={v} />}</Loaded>;
}

function VersionView({ v }: { v: VersionDetail }) {
  const { p, ct, lang, manage } = usePolicyView();
  const [selected, setSelected] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [searched, setSearched] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const query = new URLSearchParams(useSearch()).get('clause');
  const bar = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const found = useData<{ items: { path: string }[] }>(searched ? policyPaths.search(v.id, searched) : null);
  const hits = searched ? found.data?.items : undefined;
  const inForce = useMutate(() => policyApi.setInForce(v.id), {
    invalidate: [policyPaths.versions, policyPaths.documents],
    onDone: () => setMsg(p.status.in_force),
  });
  const all = useMemo(() => flatten(v.tree), [v]);
  const shown = hits ? all.filter((c) => hits.some((h) => h.path === c.path)) : all;
  /** Scrolls the text pane (not the page) so the clause starts just below the sticky search bar. */
  function scrollTo(path: string) {
    const el = document.getElementById(`clause-${path}`);
    const art = article.current;
    if (!el || !art) return;
    art.scrollTop = el.offsetTop - (bar.current?.offsetHeight ?? 0) - 8;
    art.scrollIntoView({ block: 'nearest' });
  }
  function select(path: string) {
    setSelected(path);
    scrollTo(path);
  }
  // A link to one clause (?clause=…) opens the document there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: when the link names another clause
  useEffect(() => {
    if (!query) return;
    setSelected(query);
    requestAnimationFrame(() => scrollTo(query));
  }, [query]);
  const previous = v.number > 1;
  return (
    <>
      <PageHeading
        lead={`${fmt(p.version, { n: v.number })}・${p.status[v.status]}・${v.kinds.map((k) => p.documentKinds[k] ?? k).join('・')}`}
      >
        {v.title}
      </PageHeading>
      <AckBanner versionId={v.id} />
      <Status message={msg} />
      <FormAlert error={inForce.error ?? found.error} />
      <dl className="key-list">
        <dt className="key-list__label">{p.enacted}</dt>
        <dd>{day(v.enactedOn, lang)}</dd>
        <dt className="key-list__label">{p.effective}</dt>
        <dd>{day(v.effectiveOn, lang)}</dd>
        <dt className="key-list__label">{p.amended}</dt>
        <dd>{v.amendedOn.length ? v.amendedOn.map((a) => day(a.date, lang)).join('、') : '—'}</dd>
        <dt className="key-list__label">{p.visibility}</dt>
        <dd>{p.vis[v.visibility]}</dd>
      </dl>
      <div className="actions">
        <Link href={`/policies/documents/${v.documentId}`}>{p.versions}</Link>
        {manage && <Link href={`/policies/versions/${v.id}/proposals`}>{p.proposals}</Link>}
        {manage && <Link href={`/policies/versions/${v.id}/gap`}>{p.gapOpen}</Link>}
        {manage && v.status !== 'superseded' && (
          <Link href={`/policies/versions/${v.id}/corrections`}>{ct.open}</Link>
        )}
        {previous && <Link href={`/policies/documents/${v.documentId}#compare`}>{p.compare}</Link>}
        {manage && v.status === 'draft' && <ActionButton action={inForce} label={p.setInForce} />}
      </div>
      {v.warnings.length > 0 && (
        <details className="panel">
          <summary>
            {p.warnings}（{v.warnings.length}）
          </summary>
          <ul>
            {v.warnings.map((w) => (
              <li key={`${w.code}${w.path}${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
      <div
        className="policy-doc"
        style={{ display: 'grid', gridTemplateColumns: 'minmax(12rem, 22rem) 1fr', gap: '1.5rem' }}
      >
        <nav aria-label={p.tree} style={{ maxHeight: '75vh', overflow: 'auto' }}>
          <ClauseTree nodes={v.tree} selected={selected} onSelect={select} links={v.links} />
        </nav>
        <article
          ref={article}
          aria-label={v.title}
          style={{ maxHeight: '75vh', overflow: 'auto', position: 'relative' }}
        >
          {/* The search bar stays on top of the text pane with an opaque background, so text scrolls beneath it. */}
          <div
            ref={bar}
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 2,
              background: 'var(--c-surface, #fff)',
              borderBottom: '1px solid var(--c-divider, #ccc)',
              paddingBottom: '0.5rem',
              marginBottom: '0.5rem',
            }}
          >
            <search>
              <QuickForm
                id="policy-q"
                label={p.search}
                value={q}
                onChange={setQ}
                onSend={(text) => setSearched(text.trim())}
                button={p.searchBtn}
              >
                {hits && <span aria-live="polite">{fmt(p.results, { n: hits.length })}</span>}
              </QuickForm>
            </search>
          </div>
          {shown.map((c) => (
            <section
              key={c.path}
              id={`clause-${c.path}`}
              style={{
                marginLeft: `${Math.min(c.depth, 5)}rem`,
                ...(selected === c.path
                  ? {
                      background: 'var(--color-primitive-blue-50, #eef4ff)',
                      borderLeft: '4px solid var(--c-primary, #0031d8)',
                      paddingLeft: '0.5rem',
                    }
                  : {}),
              }}
            >
              <Button kind="text" onClick={() => setSelected(c.path)} aria-expanded={selected === c.path}>
                <strong>
                  {c.label} {c.title ?? ''}
                </strong>
                {v.links[c.path] && (
                  <span className="tag tag--ok">
                    {' '}
                    {Object.values(v.links[c.path]).reduce((a, b) => a + b, 0)}
                  </span>
                )}
              </Button>
              {c.text && <p style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0 0.75rem' }}>{c.text}</p>}
              {selected === c.path && <ClauseLinks path={c.path} versionId={v.id} />}
            </section>
          ))}
        </article>
      </div>
      {manage && v.status === 'in_force' && <AckStatus versionId={v.id} />}
    </>
  );
}
