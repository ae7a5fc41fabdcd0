/**
 * The refused screen: says which function the page needs and who in this organization holds it — the
 * body's own roles and the people holding them today, as the server reads them — so the reader knows whom
 * to ask. No role title is written here.
 */
import { useData } from '../api/query.ts';
import { fmt, useI18n, useT } from '../i18n/index.tsx';
import { useFormat } from '../lib/format.ts';
import { forbiddenTexts } from './forbidden-texts.ts';
import { Link } from './router.tsx';

interface Holders {
  function: { key: string; ja: string; en: string };
  roles: { id: string; name: string; holders: string[] }[];
}

/** Who holds a function here (the label of a function the refusal itself does not name). */
function useHolders(fn: string | undefined) {
  return useData<Holders>(fn ? `/api/org/functions/${encodeURIComponent(fn)}/holders` : null).data;
}

export function Forbidden({ fn }: { fn?: string }) {
  const { t } = useI18n();
  const x = useT(forbiddenTexts);
  const f = useFormat();
  const held = useHolders(fn);
  const admin = useHolders(held && held.roles.length === 0 ? 'org.admin' : undefined);
  return (
    <div className="page-heading" data-testid="forbidden">
      <h1 tabIndex={-1}>{t.common.forbiddenTitle}</h1>
      {!fn && <p className="lead">{x.systemOnly}</p>}
      {held && (
        <>
          <p className="lead">{fmt(x.needs, { fn: f.named(held.function.ja, held.function.en) })}</p>
          {held.roles.length > 0 ? (
            <>
              <p>{x.heldBy}</p>
              <ul className="link-list" data-testid="forbidden-holders">
                {held.roles.map((r) => (
                  <li key={r.id}>
                    <strong>{r.name}</strong>
                    {r.holders.length ? `：${r.holders.join(x.listSep)}` : ` ${x.nobodyInRole}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            admin && <p>{fmt(x.noRole, { admin: f.named(admin.function.ja, admin.function.en) })}</p>
          )}
        </>
      )}
      <p>
        <Link href="/">{t.common.toHome}</Link>
      </p>
    </div>
  );
}
