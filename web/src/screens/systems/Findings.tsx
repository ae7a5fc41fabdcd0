import type { ReactNode } from 'react';

/** A register page's box of checks (findings, warnings, the clause list): red when it lists something. */
export function Findings({
  id,
  title,
  items,
  empty,
  tone,
  ordered,
}: {
  id: string;
  title: ReactNode;
  /** null while loading. */
  items: { key: string; body: ReactNode }[] | null;
  empty: string;
  tone?: 'info';
  ordered?: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <section
      aria-labelledby={id}
      className={items?.length && tone !== 'info' ? 'alert alert--error' : 'alert alert--info'}
    >
      <h2 id={id}>{title}</h2>
      {items && items.length === 0 && <p>{empty}</p>}
      <List>
        {items?.map((i) => (
          <li key={i.key}>{i.body}</li>
        ))}
      </List>
    </section>
  );
}
