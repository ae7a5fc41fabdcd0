import { CheckField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import type { SchemeAxisChoice } from './api.ts';
import { requestTexts } from './i18n.ts';

/**
 * The classes that need approval, ticked from the body's own classification scheme (never typed). A level a
 * type still names that the scheme does not have is shown ticked with a warning, so it can be taken off.
 */
export function LevelPicker({
  scheme,
  levels,
  onChange,
}: {
  scheme: SchemeAxisChoice[];
  levels: string[];
  onChange(levels: string[]): void;
}) {
  const x = useT(requestTexts);
  const known = new Set(scheme.flatMap((a) => a.levels));
  const outside = levels.filter((l) => !known.has(l));
  const toggle = (level: string, on: boolean) =>
    onChange(on ? [...levels, level] : levels.filter((l) => l !== level));
  return (
    <fieldset>
      <legend className="section-title">{x.levels}</legend>
      <p className="field__hint">{scheme.length ? x.levelsHint : x.noScheme}</p>
      {scheme.map((a) => (
        <fieldset key={a.axis} className="rq-levels">
          <legend>{a.axis}</legend>
          {a.levels.map((l) => (
            <CheckField
              key={l}
              id={`te-level-${l}`}
              label={l}
              checked={levels.includes(l)}
              onChange={(on) => toggle(l, on)}
            />
          ))}
        </fieldset>
      ))}
      {outside.map((l) => (
        <div key={l}>
          <CheckField id={`te-level-x-${l}`} label={l} checked onChange={() => toggle(l, false)} />
          <p className="field__error">{x.levelOutside}</p>
        </div>
      ))}
    </fieldset>
  );
}
