import type { HTMLAttributes, ReactNode } from 'react';

/**
 * A part of a page under its own heading, named by it for screen readers: `id` is the heading's id,
 * `lead` a muted line under it, `className` added to the section's. `level` 3 for a part inside another
 * part (its heading keeps the size of an h3).
 */
export function Section({
  id,
  title,
  lead,
  level = 2,
  className,
  children,
  ...rest
}: {
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  level?: 2 | 3;
  className?: string;
  children?: ReactNode;
} & Omit<HTMLAttributes<HTMLElement>, 'id' | 'title' | 'className'>) {
  return (
    <section aria-labelledby={id} className={className ? `section ${className}` : 'section'} {...rest}>
      {level === 2 ? (
        <h2 id={id} className="section-title">
          {title}
        </h2>
      ) : (
        <h3 id={id}>{title}</h3>
      )}
      {lead && <p className="muted">{lead}</p>}
      {children}
    </section>
  );
}
