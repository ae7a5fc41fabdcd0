import type { ReactNode } from 'react';

/**
 * A button that runs one change (a `useMutate` without input): off while it runs. The screen's main
 * action is primary; `secondary` for the others.
 */
export function ActionButton({
  action,
  label,
  secondary,
  disabled,
}: {
  action: { run(): unknown; busy: boolean };
  label: ReactNode;
  secondary?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className={secondary ? 'btn btn--secondary' : 'btn btn--primary'}
      disabled={action.busy || disabled}
      onClick={() => void action.run()}
    >
      {label}
    </button>
  );
}
