import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
import { connections, equipment, lines, maintenance, segments, systems } from './configs.ts';
import { Findings } from './Findings.tsx';
import { registerPanelTexts } from './i18n.ts';
import { RegisterPanel } from './RegisterPanel.tsx';

interface Finding {
  code: string;
  connectionId?: string;
  systemIds: string[];
  segmentIds: string[];
  requirement: string;
  message: string;
}

/** 情報システム・ネットワーク区分: segment rule findings first, then every systems register. */
export default function Systems() {
  const s = useT(registerPanelTexts);
  const canWrite = useCan()('systems.manage');
  const findings = useData<{ findings: Finding[] }>('/api/systems/findings').data?.findings ?? null;
  const defaults = useMutate(() => api.post('/api/systems/segments/defaults'), {
    invalidate: ['/api/systems'],
  });
  return (
    <AreaFrame {...useRegisterTabs()} title={s.systemsTitle}>
      <Findings
        id="findings-h"
        title={s.findings}
        counted
        empty={s.noFindings}
        items={findings}
        keyOf={(f) => `${f.code}-${f.connectionId ?? [...f.segmentIds, ...f.systemIds].join(',')}`}
        render={(f) => (
          <>
            <strong>[{f.requirement}]</strong> {f.message}
          </>
        )}
      />
      {canWrite && (
        <p>
          <ActionButton action={defaults} label={s.defaults} secondary />
        </p>
      )}
      {[segments, systems, connections, equipment, maintenance, lines].map((c) => (
        <RegisterPanel key={c.url} config={c} canWrite={canWrite} />
      ))}
    </AreaFrame>
  );
}
