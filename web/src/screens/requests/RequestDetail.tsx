import { useCallback, useEffect, useState } from 'react';
import { type ApiError, api } from '../../api/client.ts';
import { readFlash } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { PrintForms } from '../exports/PrintForms.tsx';
import type { RequestDetail as Detail, FunctionDef, TypesAnswer } from './api.ts';
import { fnLabel } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

/** One request: what the caller may do now first (decide, return, confirm, withdraw), then details and timeline. */
export default function RequestDetail({ params }: ScreenProps) {
  const x = useRequestText();
  const { lang, t } = useI18n();
  const [d, setD] = useState<Detail | null>(null);
  const [failed, setFailed] = useState<ApiError | null>(null);
  // The approver chain is shown by the functions' names: both answers are awaited, so no key shows meanwhile.
  const [fns, setFns] = useState<FunctionDef[] | null>(null);
  const [comment, setComment] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(readFlash() === 'submitted' ? x.submitted : null);
  const { error, busy, run } = useAction();
  const load = useCallback(() => api.get<Detail>(`/api/requests/${params.id}`).then(setD), [params.id]);
  useEffect(() => {
    void load().catch((e: ApiError) => setFailed(e));
    void api
      .get<TypesAnswer>('/api/requests/types')
      .then((r) => setFns(r.functions))
      .catch(() => setFns([]));
  }, [load]);
  if (failed && !d) return <LoadFailed error={failed} />;
  if (!d || !fns) return <Loading />;

  const act = (fn: () => Promise<unknown>, message: string) =>
    run(async () => {
      setDone(null);
      await fn();
      await load();
      setDone(message);
    });
  const decide = (decision: 'approve' | 'reject') =>
    act(
      () => api.post(`/api/requests/${d.id}/decisions`, { decision, comment: comment.trim() || null }),
      decision === 'approve' ? x.approved : x.rejected,
    );
  const conf = d.definition.confirmations;
  const eventText = (e: string) => x.events[e] ?? e;

  return (
    <>
      <PageHeading lead={`${x.requester}: ${d.requesterName}・${formatDateTime(d.submittedAt, lang)}`}>
        {d.typeName}
      </PageHeading>
      <RequestsNav />
      <p>
        <span className="tag" data-testid="request-status">
          {x.status[d.status] ?? d.status}
        </span>
      </p>
      <PrintForms
        id={d.id}
        granted={['approved', 'returned', 'closed'].includes(d.status)}
        flow={d.definition.flow}
      />
      <Status message={done} />
      <FormAlert error={error} />

      {d.can.decide && (
        <section className="rq-panel" aria-labelledby="rq-decide">
          <h2 id="rq-decide">
            {fmt(x.stepN, { n: d.currentStep + 1 })}：{x.decisions}
          </h2>
          <label htmlFor="rq-comment" className="field__label">
            {x.comment}
          </label>
          <p id="rq-comment-hint" className="field__hint">
            {x.commentHint}
          </p>
          <textarea
            id="rq-comment"
            className="input"
            aria-describedby="rq-comment-hint"
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="rq-buttons">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => decide('approve')}
            >
              {x.approve}
            </button>
            <button
              type="button"
              className="btn btn--danger"
              disabled={busy}
              onClick={() => decide('reject')}
            >
              {x.reject}
            </button>
          </div>
        </section>
      )}

      {d.can.markReturned && (
        <section className="rq-panel" aria-labelledby="rq-return">
          <h2 id="rq-return">{x.markReturned}</h2>
          {d.dueOn && (
            <p>
              {x.dueOn}: {formatDate(d.dueOn, lang)}
            </p>
          )}
          <div className="rq-buttons">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => act(() => api.post(`/api/requests/${d.id}/return`), x.returnedDone)}
            >
              {x.markReturned}
            </button>
          </div>
        </section>
      )}

      {conf && (d.status === 'returned' || d.confirmations.length > 0) && (
        <section className={d.can.confirm ? 'rq-panel' : undefined} aria-labelledby="rq-confirm">
          <h2 id="rq-confirm">{x.confirmTitle}</h2>
          <p>{fmt(x.confirmNeed, { n: conf.count, done: d.confirmations.length })}</p>
          {d.confirmations.length > 0 && (
            <ul>
              {d.confirmations.map((c) => (
                <li key={c.confirmedAt + c.userLabel}>
                  {c.userLabel}（{formatDateTime(c.confirmedAt, lang)}）{c.note && `：${c.note}`}
                </li>
              ))}
            </ul>
          )}
          {d.can.confirm && (
            <>
              <label htmlFor="rq-note" className="field__label">
                {x.confirmNote}
              </label>
              <textarea
                id="rq-note"
                className="input"
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <div className="rq-buttons">
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={busy}
                  onClick={() =>
                    act(
                      () => api.post(`/api/requests/${d.id}/confirmations`, { note: note.trim() || null }),
                      x.confirmedDone,
                    )
                  }
                >
                  {x.confirm}
                </button>
              </div>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="rq-values">
        <h2 id="rq-values">{x.values}</h2>
        <dl className="rq-dl">
          {d.assetId && (
            <>
              <dt>{x.asset}</dt>
              <dd>{d.assetLabel ?? '—'}</dd>
            </>
          )}
          <dt>{x.assetClass}</dt>
          <dd>{d.assetClass ?? '—'}</dd>
          {d.definition.fields
            .filter((f) => f.type !== 'asset')
            .map((f) => {
              const v = d.values[f.key];
              const shown = Array.isArray(v)
                ? v.join('、')
                : f.type === 'date' && v
                  ? formatDate(`${v}T00:00:00+09:00`, lang)
                  : (v ?? '—');
              return (
                <div key={f.key} className="rq-dl-row">
                  <dt>{lang === 'en' && f.label.en ? f.label.en : f.label.ja}</dt>
                  <dd>{shown}</dd>
                </div>
              );
            })}
          {d.dueOn && !d.definition.returnTracking?.fromField && (
            <>
              <dt>{x.dueOn}</dt>
              <dd>{formatDate(`${d.dueOn}T00:00:00+09:00`, lang)}</dd>
            </>
          )}
          {d.clausePath && (
            <>
              <dt>{x.clause}</dt>
              <dd>{d.clausePath}</dd>
            </>
          )}
        </dl>
        {!d.approvalRequired && <p className="alert alert--info">{x.noApprovalNeeded}</p>}
      </section>

      <section aria-labelledby="rq-chain">
        <h2 id="rq-chain">{x.chain}</h2>
        <ol>
          {d.definition.chain.map((s, i) => {
            const ds = d.decisions.filter((dec) => dec.step === i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
              <li key={i}>
                <strong>{fnLabel(fns, s.function, lang)}</strong>（{s.mode === 'all' ? x.modeAll : x.modeAny}
                {s.unitScoped && `・${x.unitScoped}`}）
                {d.status === 'pending' && d.currentStep === i && ` ← ${x.status.pending}`}
                {ds.length > 0 && (
                  <ul>
                    {ds.map((dec) => (
                      <li key={dec.userId + dec.decidedAt}>
                        {dec.decision === 'approve' ? x.approvedWord : x.rejectedWord}：{dec.userLabel}
                        {dec.acting && `（${x.acting}）`}・{formatDateTime(dec.decidedAt, lang)}
                        {dec.comment && `「${dec.comment}」`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      {d.can.withdraw && (
        <p>
          <button
            type="button"
            className="btn btn--danger-text"
            disabled={busy}
            onClick={() => {
              if (window.confirm(x.withdrawConfirm))
                void act(() => api.post(`/api/requests/${d.id}/withdraw`), x.withdrawn);
            }}
          >
            {x.withdraw}
          </button>
        </p>
      )}

      <section aria-labelledby="rq-timeline">
        <h2 id="rq-timeline">{x.timeline}</h2>
        <ol className="rq-list">
          {d.timeline.map((e) => (
            <li key={e.seq}>
              {eventText(e.event)}
              <span className="rq-meta">
                {formatDateTime(e.at, lang)}・{e.actor ?? t.common.product}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
