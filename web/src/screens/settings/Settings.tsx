import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** 設定: one's account, the body's settings and its guided set-up, and the organizations (system administrators). */
export default function Settings() {
  const { t } = useI18n();
  const { session } = useSession();
  const admin = !!session?.functions.includes('org.admin');
  const items = [
    { href: '/settings/account', title: t.settings.account, body: t.settings.accountHint },
    ...(admin
      ? [
          { href: '/organization/settings', title: t.settings.orgSettings, body: t.settings.orgSettingsHint },
          { href: '/setup', title: t.settings.setup, body: t.settings.setupHint },
        ]
      : []),
    ...(session?.isSystemAdmin
      ? [
          {
            href: '/settings/organizations',
            title: t.settings.organizations,
            body: t.settings.organizationsHint,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeading lead={t.areas.settings}>{t.settings.title}</PageHeading>
      <ul className="cards">
        {items.map((i) => (
          <li key={i.href} className="card">
            <Link href={i.href} className="card__link">
              <span className="card__title">{i.title}</span>
              <span className="card__body">{i.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
