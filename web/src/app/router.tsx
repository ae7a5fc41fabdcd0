/** A tiny History API router: the current path, navigation, links and `:param` matching. */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const CHANGE = 'mamori:navigate';

function subscribe(fn: () => void): () => void {
  window.addEventListener('popstate', fn);
  window.addEventListener(CHANGE, fn);
  return () => {
    window.removeEventListener('popstate', fn);
    window.removeEventListener(CHANGE, fn);
  };
}

const currentPath = () => location.pathname;
const currentSearch = () => location.search;

/** The current path, re-rendering on navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current query string (with `?`), re-rendering on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

export interface NavigateOptions {
  replace?: boolean;
  /** Something the next screen should say once (e.g. “you have signed out”), kept in history state. */
  flash?: string;
}

export function navigate(to: string, opts: NavigateOptions = {}): void {
  const state = opts.flash ? { flash: opts.flash } : null;
  if (opts.replace) history.replaceState(state, '', to);
  else history.pushState(state, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** The flash message passed to navigate(), if any. */
export function readFlash(): string | undefined {
  return (history.state as { flash?: string } | null)?.flash;
}

/** Matches `/audit/:id` against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) params[a[i].slice(1)] = decodeURIComponent(b[i]);
    else if (a[i] !== b[i]) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An <a> that navigates on the client for plain left clicks. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handle} {...rest} />;
}
