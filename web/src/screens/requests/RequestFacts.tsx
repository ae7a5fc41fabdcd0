import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { type FunctionDef, fieldLabel, fnLabel, type RequestDetail } from './api.ts';
import { requestTexts } from './i18n.ts';

/** What was asked: the asset, its class and the form's values. */
export function RequestValues({ d }: { d: RequestDetail }) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const f = useFormat();
  return (
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
          .filter((field) => field.type !== 'asset')
          .map((field) => {
            const v = d.values[field.key];
            const shown = Array.isArray(v)
              ? v.join('、')
              : field.type === 'date' && v
                ? f.date(v)
                : (v ?? '—');
            return (
              <div key={field.key} className="rq-dl-row">
                <dt>{fieldLabel(field, lang)}</dt>
                <dd>{shown}</dd>
              </div>
            );
          })}
        {d.dueOn && !d.definition.returnTracking?.fromField && (
          <>
            <dt>{x.dueOn}</dt>
            <dd>{f.date(d.dueOn)}</dd>
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
  );
}

/**
 * The approver chain, each step named by the roles that approve it where the policy names them (else by
 * its function), with the decisions made on it.
 */
export function RequestChain({ d, fns }: { d: RequestDetail; fns: FunctionDef[] }) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const f = useFormat();
  return (
    <section aria-labelledby="rq-chain">
      <h2 id="rq-chain">{x.chain}</h2>
      <ol>
        {d.definition.chain.map((s, i) => {
          const ds = d.decisions.filter((dec) => dec.step === i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
            <li key={i}>
              <strong>{s.roles?.length ? s.roles.join('・') : fnLabel(fns, s.function, lang)}</strong>
              {fmt(x.aside, {
                text: `${s.mode === 'all' ? x.modeAll : x.modeAny}${s.unitScoped ? `・${x.unitScoped}` : ''}`,
              })}
              {d.status === 'pending' && d.currentStep === i && ` ← ${x.status.pending}`}
              {ds.length > 0 && (
                <ul>
                  {ds.map((dec) => (
                    <li key={dec.userId + dec.decidedAt}>
                      {dec.decision === 'approve' ? x.approvedWord : x.rejectedWord}
                      {x.colon}
                      {dec.userLabel}
                      {dec.acting && `（${x.acting}）`}・{f.dateTime(dec.decidedAt)}
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
  );
}

/** Everything that happened to the request, in order. */
export function RequestTimeline({ d }: { d: RequestDetail }) {
  const x = useT(requestTexts);
  const { t } = useI18n();
  const f = useFormat();
  return (
    <section aria-labelledby="rq-timeline">
      <h2 id="rq-timeline">{x.timeline}</h2>
      <ol className="row-list rq-list">
        {d.timeline.map((e) => (
          <li key={e.seq}>
            {x.events[e.event] ?? e.event}
            <span className="rq-meta">
              {f.dateTime(e.at)}・{e.actor ?? t.common.product}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
