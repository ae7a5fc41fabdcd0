import type { ReactNode } from 'react';

/** A form's buttons: the primary submit button (off while the change runs) and any others after it. */
export function SubmitRow({
  label,
  busy,
  secondary,
  children,
}: {
  label: ReactNode;
  /** True while the form's change runs, or when it cannot be sent yet. */
  busy?: boolean;
  /** A lesser form on a screen whose main action is elsewhere (an add form under a list). */
  secondary?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="actions">
      <button type="submit" className={secondary ? 'btn btn--secondary' : 'btn btn--primary'} disabled={busy}>
        {label}
      </button>
      {children}
    </div>
  );
}
