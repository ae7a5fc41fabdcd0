import type { ReactNode } from 'react';

/** A plain list of records, or what to say when there are none. `keyOf` defaults to the record's `id`. */
export function ItemList<T>({
  items,
  render,
  none,
  keyOf = (item) => (item as { id: string }).id,
  className,
}: {
  items: T[];
  render(item: T): ReactNode;
  none: ReactNode;
  keyOf?(item: T): string;
  className?: string;
}) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={keyOf(item)}>{render(item)}</li>
      ))}
    </ul>
  );
}
