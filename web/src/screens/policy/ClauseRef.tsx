import { Link } from '../../app/router.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { policyTexts } from './i18n.ts';

/** Where a clause is shown in the document view. */
export const clauseHref = (versionId: string, path: string) =>
  `/policies/versions/${versionId}?clause=${encodeURIComponent(path)}`;

/** A link to one clause of a version, read out as "open clause …". */
export function ClauseRef({ versionId, path }: { versionId: string; path: string }) {
  const p = useT(policyTexts);
  return (
    <Link href={clauseHref(versionId, path)} aria-label={fmt(p.clauseLink, { path })}>
      <code>{path}</code>
    </Link>
  );
}
