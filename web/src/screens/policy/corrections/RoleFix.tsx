import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { useAction } from '../../../components/useAction.ts';
import { fmt } from '../../../i18n/index.tsx';
import type { Correction, ReadRole } from './api.ts';
import { splitList, useCorrectionsText } from './i18n.ts';

/** A role's post, tier and short names. */
export function RoleFix({
  roles,
  corrections,
  save,
}: {
  roles: ReadRole[];
  corrections: Correction[];
  save: (body: Record<string, unknown>) => Promise<void>;
}) {
  const t = useCorrectionsText();
  const { error, busy, run, field } = useAction();
  const [role, setRole] = useState<ReadRole | null>(null);
  const [post, setPost] = useState('');
  const [tier, setTier] = useState('');
  const [aliases, setAliases] = useState('');
  const fixed = new Set(corrections.filter((c) => c.kind === 'role' && c.applied).map((c) => c.target));
  function pick(r: ReadRole) {
    setRole(r);
    setPost(r.post ?? '');
    setTier(r.tier ? String(r.tier) : '');
    setAliases((r.aliases ?? []).join('、'));
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!role) return;
    const body: Record<string, unknown> = { kind: 'role', name: role.name };
    if (post.trim() !== (role.post ?? '')) body.post = post.trim() || null;
    if (tier && Number(tier) !== role.tier) body.tier = Number(tier);
    const a = splitList(aliases);
    if (a.join() !== (role.aliases ?? []).join()) body.aliases = a;
    void run(async () => {
      await save(body);
      setRole(null);
    });
  }
  return (
    <section className="section" aria-labelledby="corr-roles" data-testid="fix-roles">
      <h2 id="corr-roles">{t.roles}</h2>
      <p className="muted">{t.rolesLead}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.post}</th>
              <th scope="col">{t.tier}</th>
              <th scope="col">{t.aliases}</th>
              <th scope="col">
                <span className="visually-hidden">{t.fix}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...roles]
              .sort((a, b) => (a.tier ?? 99) - (b.tier ?? 99))
              .map((r) => (
                <tr key={r.name} data-role={r.name}>
                  <td>
                    {r.name}
                    {fixed.has(r.name) && <span className="tag tag--ok"> {t.corrected}</span>}
                  </td>
                  <td>{r.post ?? '—'}</td>
                  <td>{r.tier ?? '—'}</td>
                  <td>{r.aliases?.join('、') || '—'}</td>
                  <td>
                    <button type="button" className="btn btn--text btn--small" onClick={() => pick(r)}>
                      {t.fix}
                      <span className="visually-hidden">（{r.name}）</span>
                    </button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {role && (
        <form className="form panel" onSubmit={submit} aria-labelledby="corr-role-form">
          <h3 id="corr-role-form">{fmt(t.fixOf, { name: role.name })}</h3>
          <FormAlert error={error} />
          <TextField
            id="corr-post"
            label={t.post}
            value={post}
            maxLength={100}
            onChange={(e) => setPost(e.target.value)}
            error={field('post')}
          />
          <TextField
            id="corr-tier"
            label={t.tier}
            type="number"
            min={1}
            max={20}
            value={tier}
            onChange={(e) => setTier(e.target.value)}
            error={field('tier')}
          />
          <TextField
            id="corr-aliases"
            label={t.aliases}
            value={aliases}
            onChange={(e) => setAliases(e.target.value)}
            error={field('aliases')}
          />
          <div className="actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {t.submit}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
