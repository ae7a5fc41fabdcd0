import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { AreaField, Frame, fileBase64, useDay } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { isProhibition, prohibitionTexts } from './answer-texts.ts';

interface Mine {
  id: string;
  campaignId: string;
  campaignTitle: string;
  fiscalYear: number;
  dueOn: string | null;
  question: string;
  clausePath: string | null;
  area: string;
  answer: string | null;
  comment: string | null;
  answeredAt: string | null;
  lastYear: { answer: string | null; comment: string | null } | null;
}

const ANSWERS = ['done', 'partial', 'not_done', 'na'] as const;

/** 自分の点検項目: answer each item, attach evidence (SHA-256 shown), last year's answer beside it. */
export default function MyItems() {
  const x = useText();
  const day = useDay();
  const [items, setItems] = useState<Mine[] | null>(null);
  useEffect(() => {
    api.get<Mine[]>('/api/assessment/mine').then(setItems);
  }, []);
  if (!items) return <Loading />;
  const campaigns = [...new Set(items.map((i) => i.campaignId))];
  return (
    <Frame title={x.mine} lead={x.mineLead}>
      {items.length === 0 && <p>{x.none}</p>}
      {campaigns.map((cid) => {
        const mine = items.filter((i) => i.campaignId === cid);
        const head = mine[0];
        const answered = mine.filter((i) => i.answer).length;
        return (
          <section key={cid} aria-labelledby={`mine-${cid}`} className="as-section">
            <h2 id={`mine-${cid}`}>
              {head.campaignTitle}（{answered}/{mine.length}）
            </h2>
            {head.dueOn && (
              <p>
                {x.dueOn}: {day(head.dueOn)}
              </p>
            )}
            <ul className="link-list">
              {mine.map((i, n) => (
                <Answer key={i.id} item={i} n={n + 1} />
              ))}
            </ul>
          </section>
        );
      })}
    </Frame>
  );
}

function Answer({ item, n }: { item: Mine; n: number }) {
  const x = useText();
  const [answer, setAnswer] = useState(item.answer ?? '');
  const [comment, setComment] = useState(item.comment ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [hashes, setHashes] = useState<{ name: string; sha: string }[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run, field } = useAction();
  const ev = useAction();
  const id = `resp-${item.id}`;
  // A prohibition is kept or not kept, not done or not done.
  const prohibition = useT(prohibitionTexts);
  const labels = isProhibition(item.question) ? prohibition.answers : x.answers;
  return (
    <li className="as-item" aria-labelledby={`${id}-q`}>
      <p className="as-item__q" id={`${id}-q`}>
        {n}. {item.question}
      </p>
      <p className="as-item__meta">
        {item.clausePath && (
          <>
            {x.clause}: <code>{item.clausePath}</code>
            {'　'}
          </>
        )}
        {x.lastYear}: {item.lastYear?.answer ? labels[item.lastYear.answer] : '—'}
        {item.lastYear?.comment ? `（${item.lastYear.comment}）` : ''}
      </p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await api.post(`/api/assessment/responses/${item.id}/answer`, { answer, comment });
            setSaved(x.saved);
          });
        }}
      >
        <FormAlert error={error} />
        <fieldset className="as-radio-row">
          <legend>
            {x.answer}
            <span className="visually-hidden">（{n}）</span>
          </legend>
          {ANSWERS.map((a) => (
            <label key={a}>
              <input
                type="radio"
                name={`${id}-answer`}
                value={a}
                checked={answer === a}
                onChange={() => setAnswer(a)}
              />
              {labels[a]}
            </label>
          ))}
        </fieldset>
        {field('answer') && <p className="field__error">{field('answer')}</p>}
        <AreaField id={`${id}-comment`} label={x.comment} value={comment} onChange={setComment} rows={2} />
        <div className="actions">
          <button type="submit" className="btn btn--primary btn--small" disabled={busy || !answer}>
            {x.saveAnswer}
            <span className="visually-hidden">（{n}）</span>
          </button>
        </div>
        <Status message={saved} />
      </form>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return;
          void ev.run(async () => {
            const r = await api.post<{ id: string; sha256: string }>(
              `/api/assessment/responses/${item.id}/evidence`,
              {
                fileName: file.name,
                contentType: file.type || 'application/octet-stream',
                dataBase64: await fileBase64(file),
              },
            );
            setHashes((h) => [...h, { name: file.name, sha: r.sha256 }]);
          });
        }}
      >
        <FormAlert error={ev.error} />
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            {x.evidence}
            <span className="visually-hidden">（{n}）</span>
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.xlsx,.docx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="btn btn--secondary btn--small" disabled={ev.busy || !file}>
          {x.upload}
          <span className="visually-hidden">（{n}）</span>
        </button>
        <ul className="link-list" aria-live="polite">
          {hashes.map((h) => (
            <li key={h.sha + h.name}>
              {h.name}: <span className="as-hash">{fmt(x.uploaded, { sha: h.sha })}</span>
            </li>
          ))}
        </ul>
      </form>
    </li>
  );
}
