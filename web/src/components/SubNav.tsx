import { Link, usePath } from '../app/router.tsx';

export interface SubNavItem {
  href: string;
  label: string;
}

/** An area's sub-navigation drawn as a tab bar: a labelled nav landmark with the current page marked. */
export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  const path = usePath();
  const current = items
    .filter((i) => path === i.href || path.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="subnav no-print">
      <ul className="subnav__list">
        {items.map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              className="subnav__link"
              aria-current={current?.href === i.href ? 'page' : undefined}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
