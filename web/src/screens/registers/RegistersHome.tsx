import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { allowed } from '../../nav.ts';

interface Entry {
  path: string;
  fn: string;
  ja: [string, string];
  en: [string, string];
}

/** The registers an office keeps; each card appears only to those whose roles may open it. */
const REGISTERS: Entry[] = [
  {
    path: '/registers/assets',
    fn: 'assets.read',
    ja: ['情報資産管理台帳', '情報資産の分類・所管・保管場所・取扱制限'],
    en: ['Information assets', 'Class, owner, storage and handling of each asset'],
  },
  {
    path: '/registers/classification',
    fn: 'classification.manage',
    ja: ['分類基準', '重要性・機密性などの分類と取扱い'],
    en: ['Classification scheme', 'Axes, levels and handling rules'],
  },
  {
    path: '/registers/systems',
    fn: 'systems.read',
    ja: ['情報システム・ネットワーク', 'セグメント、システム、接続、機器、回線'],
    en: ['Systems and networks', 'Segments, systems, connections, equipment, lines'],
  },
  {
    path: '/registers/software',
    fn: 'software.manage',
    ja: ['ソフトウェア・ライセンス台帳', 'サポート終了日、導入端末、共用ID'],
    en: ['Software and licences', 'Support end dates, installations, shared IDs'],
  },
  {
    path: '/registers/vendors',
    fn: 'vendors.manage',
    ja: ['委託先・外部サービス', '委託先、契約条項、クラウド、SNS、法令'],
    en: ['Vendors and services', 'Vendors, contract clauses, cloud, social media, laws'],
  },
];

/** 台帳: the entry page of the registers area. */
export default function RegistersHome() {
  const { lang } = useI18n();
  const { session } = useSession();
  if (!session) return null;
  const visible = REGISTERS.filter((r) => allowed({ fn: r.fn }, session));
  return (
    <>
      <PageHeading
        lead={
          lang === 'ja'
            ? '事務局が紙とExcelで管理してきた台帳を、ここで一元管理します。'
            : 'The registers the office used to keep on paper and in Excel, in one place.'
        }
      >
        {lang === 'ja' ? '台帳' : 'Registers'}
      </PageHeading>
      {visible.length === 0 ? (
        <p>
          {lang === 'ja'
            ? '閲覧できる台帳がありません。権限は組織の管理者が設定します。'
            : 'No register is open to your roles. Your organization’s administrator sets permissions.'}
        </p>
      ) : (
        <ul className="cards">
          {visible.map((r) => {
            const [title, body] = lang === 'ja' ? r.ja : r.en;
            return (
              <li key={r.path} className="card">
                <Link href={r.path} className="card__link">
                  <span className="card__title">{title}</span>
                  <span className="card__body">{body}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href="/registers/imports">
          {lang === 'ja' ? 'Excel・CSVの台帳から取り込む' : 'Import from an Excel or CSV register'}
        </Link>
      </p>
    </>
  );
}
