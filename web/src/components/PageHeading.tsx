import { type ReactNode, useEffect, useRef } from 'react';

// Until the user has pressed a key or clicked, the page was just opened: leave focus at the top so
// the skip link comes first. After that, a new screen moves focus to its heading so screen readers
// announce it.
let interacted = false;
const markInteracted = () => {
  interacted = true;
};
window.addEventListener('keydown', markInteracted, { capture: true, once: true });
window.addEventListener('pointerdown', markInteracted, { capture: true, once: true });

/** The page's h1; it takes focus when a screen opens after the user acted. */
export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (interacted) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {lead && <p className="lead">{lead}</p>}
    </div>
  );
}
