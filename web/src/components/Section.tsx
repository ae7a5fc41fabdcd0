import type { ReactNode } from 'react';

/** A part of a page under its own heading (h2), named by it for screen readers; `id` is the heading's id. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className ? `section ${className}` : 'section'}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
