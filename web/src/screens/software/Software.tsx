import { useData } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRegisterTabs } from '../registers/tabs.ts';
import { Findings } from '../systems/Findings.tsx';
import { registerPanelTexts } from '../systems/i18n.ts';
import { RegisterPanel } from '../systems/RegisterPanel.tsx';
import type { RegisterConfig } from '../systems/registerTypes.ts';

const fn = 'software.manage';
/** The information system a record belongs to (a column showing its name). */
const systemRef: RegisterConfig['fields'][number] = {
  key: 'systemId',
  ja: '情報システム',
  en: 'System',
  kind: 'ref',
  refUrl: '/api/systems/systems',
  refLabel: 'name',
  column: true,
  display: 'systemName',
};
const products: RegisterConfig = {
  url: '/api/software/products',
  ja: 'ソフトウェア台帳',
  en: 'Software register',
  fn,
  fields: [
    { key: 'product', ja: 'ソフトウェア名', en: 'Product', kind: 'text', required: true, column: true },
    { key: 'version', ja: '版', en: 'Version', kind: 'text', column: true },
    { key: 'vendor', ja: 'ベンダー', en: 'Vendor', kind: 'text', column: true },
    { key: 'licenceCount', ja: 'ライセンス数', en: 'Licences', kind: 'int', column: true },
    { key: 'installations', ja: '導入数', en: 'Installed', kind: 'int', column: true, computed: true },
    { key: 'applicant', ja: '申請者', en: 'Applicant', kind: 'text', column: true },
    { key: 'approver', ja: '許可者', en: 'Approver', kind: 'text', column: true },
    { key: 'supportEndsOn', ja: 'サポート終了日', en: 'Support ends', kind: 'date', column: true },
    { key: 'plannedUseUntil', ja: '利用予定期限', en: 'Planned use until', kind: 'date', column: true },
    { key: 'notes', ja: '備考', en: 'Notes', kind: 'textarea' },
  ],
};
const installations: RegisterConfig = {
  url: '/api/software/installations',
  ja: '導入先',
  en: 'Installations',
  fn,
  fields: [
    {
      key: 'softwareId',
      ja: 'ソフトウェア',
      en: 'Software',
      kind: 'ref',
      refUrl: '/api/software/products',
      refLabel: 'product',
      required: true,
      column: true,
      display: 'softwareName',
    },
    {
      key: 'equipmentId',
      ja: '端末・機器',
      en: 'Terminal / device',
      kind: 'ref',
      refUrl: '/api/systems/equipment',
      refLabel: 'name',
      column: true,
      display: 'equipmentName',
    },
    systemRef,
    { key: 'host', ja: '端末名', en: 'Host', kind: 'text', column: true },
    { key: 'installedOn', ja: '導入日', en: 'Installed on', kind: 'date', column: true },
  ],
};
const sharedIds: RegisterConfig = {
  url: '/api/software/shared-ids',
  ja: '共用ID台帳',
  en: 'Shared IDs',
  fn,
  fields: [
    { key: 'account', ja: '共用ID', en: 'Shared ID', kind: 'text', required: true, column: true },
    systemRef,
    { key: 'purpose', ja: '用途', en: 'Purpose', kind: 'text', column: true },
    { key: 'manager', ja: '管理者', en: 'Manager', kind: 'text', column: true },
    {
      key: 'userIds',
      ja: '利用者',
      en: 'Users',
      kind: 'people',
      required: true,
    },
  ],
};

interface Warned {
  id: string;
  product: string;
  version: string | null;
  supportEndsOn: string;
  messages: string[];
}

/** ソフトウェア台帳: end-of-support warnings first, then software, installations and shared IDs. */
export default function Software() {
  const s = useT(registerPanelTexts);
  const f = useFormat();
  const canWrite = useCan()(fn);
  const warned = useData<{ items: Warned[] }>('/api/software/support-warnings').data?.items ?? null;
  return (
    <AreaFrame {...useRegisterTabs()} title={s.softwareTitle}>
      <Findings
        id="sw-warn-h"
        title={`${s.warnings}（${warned?.length ?? '…'}）`}
        empty={s.noWarnings}
        items={
          warned?.map((w) => ({
            key: w.id,
            body: (
              <>
                <strong>
                  {w.product} {w.version ?? ''}
                </strong>
                （{f.date(w.supportEndsOn)}）: {w.messages.join(' ')}
              </>
            ),
          })) ?? null
        }
      />
      <RegisterPanel config={products} canWrite={canWrite} />
      <RegisterPanel config={installations} canWrite={canWrite} />
      <RegisterPanel
        config={sharedIds}
        canWrite={canWrite}
        extra={{
          ja: '利用者',
          en: 'Users',
          render: (it) =>
            ((it.users as { displayName: string | null; loginId: string | null }[]) ?? [])
              .map((u) => u.displayName ?? u.loginId)
              .join('、'),
        }}
      />
    </AreaFrame>
  );
}
