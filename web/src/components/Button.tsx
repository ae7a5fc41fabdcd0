import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import { Link } from '../app/router.tsx';

/**
 * How a button looks: `primary` for the screen's main action, `secondary` for the others, `text` for a
 * quiet one in a row, `danger` / `danger-text` for what removes or ends something, `plain` for a link
 * styled as a button beside others.
 */
export type ButtonKind = 'primary' | 'secondary' | 'text' | 'danger' | 'danger-text' | 'plain';

export function buttonClass(kind: ButtonKind, small?: boolean, block?: boolean): string {
  return ['btn', kind === 'plain' ? '' : `btn--${kind}`, small ? 'btn--small' : '', block ? 'btn--block' : '']
    .filter(Boolean)
    .join(' ');
}

interface Look {
  kind?: ButtonKind;
  /** In a table row or a list item. */
  small?: boolean;
  /** As wide as its column (the sign-in forms). */
  block?: boolean;
}

/** A button that does something on the page (not a form's submit: that is `SubmitRow`). */
export function Button({
  kind = 'secondary',
  small,
  block,
  type = 'button',
  ...rest
}: Look & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'>) {
  return <button type={type} className={buttonClass(kind, small, block)} {...rest} />;
}

/** A link to another screen that looks like a button (the area's "add" or "import"). */
export function LinkButton({
  kind = 'plain',
  small,
  block,
  href,
  ...rest
}: Look & { href: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'href'>) {
  return <Link href={href} className={buttonClass(kind, small, block)} {...rest} />;
}
