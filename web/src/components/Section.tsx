import type { HTMLAttributes, ReactNode } from 'react';

/**
 * A part of a screen under its own heading (named by it for assistive technology): `id` is the heading's,
 * `lead` a muted line under it. `level` 3 for a part inside another part.
 */
export function Section({
  id,
  title,
  lead,
  level = 2,
  children,
  ...rest
}: {
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  level?: 2 | 3;
  children?: ReactNode;
} & Omit<HTMLAttributes<HTMLElement>, 'id' | 'title'>) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={id} {...rest}>
      <Heading id={id}>{title}</Heading>
      {lead && <p className="muted">{lead}</p>}
      {children}
    </section>
  );
}
