import { Link, usePath } from '../app/router.tsx';

export interface SubNavItem {
  href: string;
  label: string;
}

/**
 * An area's sub-navigation drawn as a tab bar: a labelled nav landmark with the current page marked, the
 * tab whose address the path is under, or `current` when the screen knows better (a record reached from
 * several tabs).
 */
export function SubNav({
  label,
  items,
  current: given,
}: {
  label: string;
  items: SubNavItem[];
  current?: string;
}) {
  const path = usePath();
  const current = given
    ? items.find((i) => i.href === given)
    : items
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
