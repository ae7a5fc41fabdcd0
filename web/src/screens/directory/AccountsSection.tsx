import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { type Lang, useI18n } from '../../i18n/index.tsx';
import { dirApi } from './api.ts';

interface Account {
  id: string;
  loginId: string;
  displayName: string;
  status: string;
  unitName: string | null;
  source: 'ldap' | 'oidc' | 'local' | null;
}

const texts = {
  ja: {
    title: 'アカウントのサインイン方法',
    lead: '「ローカルに指定」した人（非常時用の管理者など）は mamori のパスワードと二要素認証でサインインし、ディレクトリが止まっていても使えます。同期はその人を連携も停止もしません。',
    sources: { ldap: 'LDAP', oidc: 'OpenID Connect', local: 'ローカル（指定）', none: '未連携' },
    statuses: { active: '在職', suspended: '停止中', retired: '退職' } as Record<string, string>,
    makeLocal: 'ローカルに指定',
    unmark: '指定を解除',
  },
  en: {
    title: 'How each account signs in',
    lead: 'People kept local (a break-glass administrator) sign in with a mamori password and second factor, also while the directory is down. No sync links or suspends them.',
    sources: { ldap: 'LDAP', oidc: 'OpenID Connect', local: 'Local (kept)', none: 'Not linked' },
    statuses: { active: 'Active', suspended: 'Suspended', retired: 'Retired' } as Record<string, string>,
    makeLocal: 'Keep local',
    unmark: 'Stop keeping local',
  },
} satisfies Record<Lang, unknown>;

/** Every account with its sign-in source, and the break-glass designation. */
export function AccountsSection() {
  const { lang } = useI18n();
  const x = texts[lang];
  const [items, setItems] = useState<Account[]>([]);
  const act = useAction();
  const load = useCallback(async () => {
    setItems((await dirApi.get<{ items: Account[] }>('/api/directory/accounts')).items);
  }, []);
  useEffect(() => {
    void act.run(load);
  }, [act.run, load]);
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{x.title}</h2>
      <p>{x.lead}</p>
      <FormAlert error={act.error} />
      <table className="table">
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>{a.loginId}</td>
              <td>{a.displayName}</td>
              <td>{a.unitName ?? ''}</td>
              <td>{x.sources[a.source ?? 'none']}</td>
              <td>{x.statuses[a.status] ?? a.status}</td>
              <td>
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={act.busy}
                  onClick={() =>
                    void act.run(async () => {
                      await dirApi.post(`/api/directory/accounts/${a.id}/local`, {
                        local: a.source !== 'local',
                      });
                      await load();
                    })
                  }
                >
                  {a.source === 'local' ? x.unmark : x.makeLocal}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
