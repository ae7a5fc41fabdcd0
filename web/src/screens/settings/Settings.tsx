import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** 設定: the settings that exist today, and a plain note for those still to come. */
export default function Settings() {
  const { t } = useI18n();
  const { session } = useSession();
  const items = [
    { href: '/settings/account', title: t.settings.account, body: t.settings.accountHint },
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
      <p className="muted">{t.settings.more}</p>
    </>
  );
}
