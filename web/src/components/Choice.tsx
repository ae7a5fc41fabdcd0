interface Option<K extends string> {
  value: K;
  label: string;
  hint?: string;
}

interface Props<K extends string> {
  name: string;
  legend: string;
  value: K;
  options: Option<K>[];
  onChange(value: K): void;
}

/** A radio group drawn as large cards: a fieldset with a legend, usable with arrow keys. */
export function Choice<K extends string>({ name, legend, value, options, onChange }: Props<K>) {
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className={`choice__item${value === o.value ? ' choice__item--on' : ''}`}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={id}>
              <span className="choice__label">{o.label}</span>
              {o.hint && (
                <span id={`${id}-hint`} className="choice__hint">
                  {o.hint}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
