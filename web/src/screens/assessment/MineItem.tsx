import { useT } from '../../i18n/index.tsx';
import { AreaField } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { isProhibition, prohibitionTexts } from './answer-texts.ts';
import { MineEvidence } from './MineEvidence.tsx';
import { ANSWERS, type Mine } from './mine-api.ts';
import type { Draft } from './mine-drafts.ts';
import { mineTexts } from './mine-texts.ts';

/** One check item: the question as a whole sentence, last year's answer, this year's answer and evidence. */
export function MineItem({
  item,
  n,
  value,
  unsaved,
  error,
  onChange,
}: {
  item: Mine;
  n: number;
  value: Draft;
  unsaved: boolean;
  error: string | undefined;
  onChange: (d: Partial<Draft>) => void;
}) {
  const x = useText();
  const m = useT(mineTexts);
  const id = `resp-${item.id}`;
  // A prohibition is kept or not kept, not done or not done.
  const prohibition = useT(prohibitionTexts);
  const labels = isProhibition(item.question) ? prohibition.answers : x.answers;
  return (
    <li className="as-item" aria-labelledby={`${id}-q`}>
      <p className="as-item__q" id={`${id}-q`}>
        {n}. {item.question}
        {unsaved && <span className="tag">{m.notSaved}</span>}
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
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
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
              checked={value.answer === a}
              onChange={() => onChange({ answer: a })}
            />
            {labels[a]}
          </label>
        ))}
      </fieldset>
      <AreaField
        id={`${id}-comment`}
        label={x.comment}
        value={value.comment}
        onChange={(comment) => onChange({ comment })}
        rows={2}
      />
      <MineEvidence item={item} n={n} />
    </li>
  );
}
