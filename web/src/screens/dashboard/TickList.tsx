import { useState } from 'react';

/** The ids ticked in one `<TickList>`, with the props that bind it: `<TickList legend items {...ticks} />`. */
export function useTicks(name: string) {
  const [chosen, onChange] = useState<string[]>([]);
  return { name, chosen, onChange };
}

/** Ticks for a list of named things (units, systems, people), inside one fieldset of the 点検・監査 screens. */
export function TickList({
  legend,
  name,
  items,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  items: { id: string; name: string }[];
  chosen: string[];
  onChange(ids: string[]): void;
  error?: string;
}) {
  return (
    <fieldset className="field as-box" aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      {error && <p className="field__error">{error}</p>}
      {items.map((i) => (
        <div key={i.id}>
          <label className="as-check">
            <input
              type="checkbox"
              name={name}
              checked={chosen.includes(i.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id))
              }
            />
            {i.name}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
