import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { RequestDetail } from './api.ts';
import { requestTexts } from './i18n.ts';

interface Props {
  d: RequestDetail;
  busy: boolean;
  decide(decision: 'approve' | 'reject', comment: string | null): void;
  markReturned(): void;
  confirm(note: string | null): void;
}

/** What the caller may do now: decide the current step, report the return, or confirm afterwards. */
export function RequestActions({ d, busy, decide, markReturned, confirm }: Props) {
  const x = useT(requestTexts);
  const f = useFormat();
  const [comment, setComment] = useState('');
  const [note, setNote] = useState('');
  const conf = d.definition.confirmations;
  return (
    <>
      {d.can.decide && (
        <section className="rq-panel" aria-labelledby="rq-decide">
          <h2 id="rq-decide">
            {fmt(x.stepN, { n: d.currentStep + 1 })}：{x.decisions}
          </h2>
          <TextAreaField
            id="rq-comment"
            label={x.comment}
            hint={x.commentHint}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="rq-buttons">
            <Button kind="primary" disabled={busy} onClick={() => decide('approve', comment.trim() || null)}>
              {x.approve}
            </Button>
            <Button kind="danger" disabled={busy} onClick={() => decide('reject', comment.trim() || null)}>
              {x.reject}
            </Button>
          </div>
        </section>
      )}

      {d.can.markReturned && (
        <section className="rq-panel" aria-labelledby="rq-return">
          <h2 id="rq-return">{x.markReturned}</h2>
          {d.dueOn && (
            <p>
              {x.dueOn}: {f.date(d.dueOn)}
            </p>
          )}
          <div className="rq-buttons">
            <Button kind="primary" disabled={busy} onClick={markReturned}>
              {x.markReturned}
            </Button>
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
                  {c.userLabel}（{f.dateTime(c.confirmedAt)}）{c.note && `：${c.note}`}
                </li>
              ))}
            </ul>
          )}
          {d.can.confirm && (
            <>
              <TextAreaField
                id="rq-note"
                label={x.confirmNote}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <div className="rq-buttons">
                <Button kind="primary" disabled={busy} onClick={() => confirm(note.trim() || null)}>
                  {x.confirm}
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
