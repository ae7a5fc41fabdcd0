import type { ReactNode } from 'react';

/**
 * A button that runs one change (a `useMutate`): off while it runs; `vars` is what the change is given
 * (the record's id). The screen's main action is primary; `secondary` for the others, `small` in a row.
 */
export function ActionButton<V = void>({
  action,
  vars,
  label,
  secondary,
  small,
  disabled,
}: {
  action: { run(vars: V): unknown; busy: boolean };
  vars?: V;
  label: ReactNode;
  secondary?: boolean;
  small?: boolean;
  disabled?: boolean;
}) {
  const kind = secondary ? 'btn btn--secondary' : 'btn btn--primary';
  return (
    <button
      type="button"
      className={small ? `${kind} btn--small` : kind}
      disabled={action.busy || disabled}
      onClick={() => void action.run(vars as V)}
    >
      {label}
    </button>
  );
}
