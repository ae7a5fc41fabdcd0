import { useEffect, useState } from 'react';
import { Link, navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { api, put, type VersionSummary } from './api.ts';
import { correctionsTexts } from './corrections/texts.ts';
import { day, when } from './dates.ts';
import { usePolicyText } from './i18n.ts';

interface Doc {
  id: string;
  title: string;
  kinds: string[];
  visibility: string;
  versions: VersionSummary[];
}

/** A document's versions (制定・施行・改正 in 和暦) and, for managers, its visibility. */
export default function PolicyDocument({ params }: ScreenProps) {
  const p = usePolicyText();
  const ct = useT(correctionsTexts);
  const { lang } = useI18n();
  const manage = useSession().session?.functions.includes('policy.manage') ?? false;
  const { error, busy, run } = useAction();
  const [doc, setDoc] = useState<Doc | null>(null);
  const [vis, setVis] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    void run(async () => {
      const d = await api.get<Doc>(`/api/policy/documents/${params.id}`);
      setDoc(d);
      setVis(d.visibility);
      // Versions come newest first or oldest first; compare the two latest by number by default.
      const byNumber = [...d.versions].sort((a, b) => b.number - a.number);
      setTo(byNumber[0]?.id ?? '');
      setFrom(byNumber[1]?.id ?? byNumber[0]?.id ?? '');
    });
  }, [run, params.id]);
  if (!doc) return <FormAlert error={error} />;
  return (
    <>
      <PageHeading lead={doc.kinds.join('・')}>{doc.title}</PageHeading>
      <Status message={msg} />
      <FormAlert error={error} />
      {manage && (
        <div className="actions">
          <Link href={`/policies/import?document=${encodeURIComponent(doc.id)}`}>{ct.newVersion}</Link>
        </div>
      )}
      {manage && (
        <form
          className="form form--inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await put(`/api/policy/documents/${doc.id}/visibility`, { visibility: vis });
              setMsg(p.vis[vis]);
            });
          }}
        >
          <label className="field__label" htmlFor="doc-vis">
            {p.visibility}
          </label>
          <select id="doc-vis" className="input" value={vis} onChange={(e) => setVis(e.target.value)}>
            {Object.entries(p.vis).map(([k, label]) => (
              <option key={k} value={k} disabled={k === 'public' && doc.kinds.includes('実施手順')}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn--secondary" disabled={busy}>
            {p.save}
          </button>
        </form>
      )}
      <section className="section" aria-labelledby="doc-versions">
        <h2 id="doc-versions">{p.versions}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{p.version.replace('{n}', '')}</th>
                <th scope="col">{p.visibility}</th>
                <th scope="col">{p.enacted}</th>
                <th scope="col">{p.effective}</th>
                <th scope="col">{p.amended}</th>
                <th scope="col">{p.importedAt}</th>
              </tr>
            </thead>
            <tbody>
              {doc.versions.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link href={`/policies/versions/${v.id}`}>{fmt(p.version, { n: v.number })}</Link>
                    {v.sourceFileName && <div className="cell-sub">{v.sourceFileName}</div>}
                  </td>
                  <td>
                    <span className={v.status === 'in_force' ? 'tag tag--ok' : 'tag'}>
                      {p.status[v.status]}
                    </span>
                  </td>
                  <td>{day(v.enactedOn, lang)}</td>
                  <td>{day(v.effectiveOn, lang)}</td>
                  <td>{v.amendedOn.map((a) => day(a.date, lang)).join('、') || '—'}</td>
                  <td>{when(v.importedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="section" aria-labelledby="compare">
        <h2 id="compare">{p.compare}</h2>
        <p className="muted">{p.compareLead}</p>
        {doc.versions.length < 2 ? (
          <p className="empty">{p.needTwo}</p>
        ) : (
          <form
            className="form form--inline"
            onSubmit={(e) => {
              e.preventDefault();
              navigate(`/policies/versions/${from}/diff/${to}`);
            }}
          >
            <div className="field">
              <label className="field__label" htmlFor="cmp-from">
                {p.from}
              </label>
              <select id="cmp-from" className="input" value={from} onChange={(e) => setFrom(e.target.value)}>
                {doc.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {fmt(p.version, { n: v.number })}（{p.status[v.status]}）
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="cmp-to">
                {p.to}
              </label>
              <select id="cmp-to" className="input" value={to} onChange={(e) => setTo(e.target.value)}>
                {doc.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {fmt(p.version, { n: v.number })}（{p.status[v.status]}）
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn--secondary" disabled={from === to}>
              {p.compareBtn}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
