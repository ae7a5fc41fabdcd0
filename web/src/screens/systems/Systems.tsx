import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { connections, equipment, lines, maintenance, segments, systems } from './configs.ts';
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
  const { lang } = useI18n();
  const s = useT(registerPanelTexts);
  const { session } = useSession();
  const canWrite = !!session?.functions.includes('systems.manage');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads when a register changes
  useEffect(() => {
    void api.get<{ findings: Finding[] }>('/api/systems/findings').then(
      (r) => setFindings(r.findings),
      () => setFindings([]),
    );
  }, [version, lang]);
  return (
    <>
      <PageHeading>{s.systemsTitle}</PageHeading>
      <section
        aria-labelledby="findings-h"
        className={findings?.length ? 'alert alert--error' : 'alert alert--info'}
      >
        <h2 id="findings-h">
          {s.findings}（{findings?.length ?? '…'}）
        </h2>
        {findings && findings.length === 0 && <p>{s.noFindings}</p>}
        <ul>
          {findings?.map((f) => (
            <li key={`${f.code}-${f.connectionId ?? [...f.segmentIds, ...f.systemIds].join(',')}`}>
              <strong>[{f.requirement}]</strong> {f.message}
            </li>
          ))}
        </ul>
      </section>
      {canWrite && (
        <p>
          <button
            className="btn btn--secondary"
            type="button"
            onClick={() => void api.post('/api/systems/segments/defaults').then(bump)}
          >
            {s.defaults}
          </button>
        </p>
      )}
      {[segments, systems, connections, equipment, maintenance, lines].map((c) => (
        <RegisterPanel key={c.url} config={c} canWrite={canWrite} version={version} onChange={bump} />
      ))}
    </>
  );
}
