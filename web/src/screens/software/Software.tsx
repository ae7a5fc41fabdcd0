import { useData } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRegisterTabs } from '../registers/tabs.ts';
import { Findings } from '../systems/Findings.tsx';
import { registerPanelTexts } from '../systems/i18n.ts';
import { RegisterPanel } from '../systems/RegisterPanel.tsx';
import { fn, installations, products, sharedIds } from './configs.ts';

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
        title={s.warnings}
        counted
        empty={s.noWarnings}
        items={warned}
        keyOf={(w) => w.id}
        render={(w) => (
          <>
            <strong>
              {w.product} {w.version ?? ''}
            </strong>
            （{f.date(w.supportEndsOn)}）: {w.messages.join(' ')}
          </>
        )}
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
