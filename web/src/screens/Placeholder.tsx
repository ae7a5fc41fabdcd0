import { Link } from '../app/router.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { fmt, useI18n } from '../i18n/index.tsx';
import type { ScreenProps } from '../routes.tsx';

/** 準備中: an area that is not built yet says so plainly instead of showing a mock screen. */
export default function Placeholder({ area }: ScreenProps) {
  const { t } = useI18n();
  const name = area ? t.nav[area] : '';
  return (
    <>
      <PageHeading lead={area ? t.areas[area] : undefined}>{name}</PageHeading>
      <div className="notice" role="note">
        <span className="badge">{t.placeholder.badge}</span>
        <p className="notice__title">{fmt(t.placeholder.title, { area: name })}</p>
        <p>{t.placeholder.body}</p>
        <p>
          <Link href="/">{t.common.toHome}</Link>
        </p>
      </div>
    </>
  );
}
