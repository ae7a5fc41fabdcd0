import { useMemo, useState } from 'react';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { useDay } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { MineItem } from './MineItem.tsx';
import type { Mine } from './mine-api.ts';
import { saveAnswers } from './mine-api.ts';
import { type Draft, useAutosave } from './mine-drafts.ts';
import { mineTexts } from './mine-texts.ts';

const savedOf = (i: Mine): Draft => ({ answer: i.answer ?? '', comment: i.comment ?? '' });
const same = (a: Draft, b: Draft) => a.answer === b.answer && a.comment.trim() === b.comment.trim();

/**
 * One campaign's items as one form: answers are kept as a draft on the server a moment after they are
 * entered (`drafts`: the draft found on opening), and saved together with one button (all or none).
 */
export function MineCampaign({ items, drafts }: { items: Mine[]; drafts: Record<string, Draft> }) {
  const x = useText();
  const m = useT(mineTexts);
  const day = useDay();
  const head = items[0];
  const [saved, setSaved] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(items.map((i) => [i.id, savedOf(i)])),
  );
  // What the screen shows: the saved answers, with any draft left from last time laid over them.
  const [restored] = useState(() =>
    Object.fromEntries(items.filter((i) => drafts[i.id]).map((i) => [i.id, drafts[i.id]])),
  );
  const [values, setValues] = useState<Record<string, Draft>>(() => ({ ...saved, ...restored }));
  const [message, setMessage] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  const changed = useMemo(
    () => items.filter((i) => values[i.id].answer && !same(values[i.id], saved[i.id])),
    [items, values, saved],
  );
  const restoredCount = Object.keys(restored).filter((id) => !same(restored[id], saved[id])).length;

  const pending = useMemo(
    () =>
      Object.fromEntries(
        items.filter((i) => !same(values[i.id], saved[i.id])).map((i) => [i.id, values[i.id]]),
      ),
    [items, values, saved],
  );
  const autosave = useAutosave(head.campaignId, pending);

  const answered = items.filter((i) => saved[i.id].answer).length;
  const set = (id: string, d: Partial<Draft>) => {
    setMessage(null);
    setValues((v) => ({ ...v, [id]: { ...v[id], ...d } }));
  };
  const saveAll = () =>
    run(async () => {
      const batch = changed.map((i) => ({ responseId: i.id, ...values[i.id] }));
      const r = await saveAnswers(batch);
      setSaved((s) => ({
        ...s,
        ...Object.fromEntries(batch.map((b) => [b.responseId, values[b.responseId]])),
      }));
      setMessage(fmt(m.savedMany, { n: String(r.saved) }));
    });
  const errorOf = (id: string) => {
    const n = changed.findIndex((i) => i.id === id);
    return n >= 0 ? field(`answers.${n}.responseId`) : undefined;
  };

  const saveBar = (
    <div className="actions">
      <button
        type="button"
        className="btn btn--primary"
        disabled={busy || !changed.length}
        onClick={() => void saveAll()}
      >
        {m.saveAll}
        {changed.length > 0 && `（${changed.length}）`}
      </button>
      <span className="muted">
        {changed.length ? fmt(m.unsaved, { n: String(changed.length) }) : m.allSaved}
      </span>
    </div>
  );
  return (
    <section aria-labelledby={`mine-${head.campaignId}`} className="as-section">
      <h2 id={`mine-${head.campaignId}`}>
        {head.campaignTitle}（{answered}/{items.length}）
      </h2>
      {head.dueOn && (
        <p>
          {x.dueOn}: {day(head.dueOn)}
        </p>
      )}
      <p className="muted">{m.draftKept}</p>
      <p role="status" className="muted">
        {autosave.failed ? m.draftFailed : autosave.savedAt ? m.draftSaved : ''}
      </p>
      {restoredCount > 0 && <p role="status">{fmt(m.draftRestored, { n: String(restoredCount) })}</p>}
      <FormAlert error={error} />
      <Status message={message} />
      {saveBar}
      <ul className="link-list">
        {items.map((i, n) => (
          <MineItem
            key={i.id}
            item={i}
            n={n + 1}
            value={values[i.id]}
            unsaved={!!values[i.id].answer && !same(values[i.id], saved[i.id])}
            error={errorOf(i.id)}
            onChange={(d) => set(i.id, d)}
          />
        ))}
      </ul>
      {saveBar}
    </section>
  );
}
