import type { ReactNode } from 'react';

/**
 * A register page's box of checks (findings, warnings, the clause list): red when it lists something;
 * `counted` adds the number found to the title (… while loading).
 */
export function Findings<T>({
  id,
  title,
  counted,
  items,
  keyOf,
  render,
  empty,
  tone,
  ordered,
}: {
  id: string;
  title: string;
  counted?: boolean;
  /** null while loading. */
  items: T[] | null;
  keyOf(item: T): string;
  render(item: T): ReactNode;
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
      <h2 id={id}>{counted ? `${title}（${items?.length ?? '…'}）` : title}</h2>
      {items && items.length === 0 && <p>{empty}</p>}
      <List>
        {items?.map((i) => (
          <li key={keyOf(i)}>{render(i)}</li>
        ))}
      </List>
    </section>
  );
}
