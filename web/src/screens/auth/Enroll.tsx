import { useState } from 'react';
import type { StageResult } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { Choice } from '../../components/Choice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { KeyRegister } from './KeyRegister.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { StartOver } from './StartOver.tsx';
import { TotpSetup } from './TotpSetup.tsx';

type Method = 'totp' | 'key';

/** 二要素認証の登録: an authenticator app or a security key, then the recovery codes once. */
export default function Enroll() {
  const { t } = useI18n();
  const { refresh, goToStage } = useSession();
  const [method, setMethod] = useState<Method>('totp');
  const [result, setResult] = useState<StageResult | null>(null);

  async function finish(r: StageResult) {
    await refresh();
    goToStage(r.stage);
  }

  function done(r: StageResult) {
    if (r.recoveryCodes?.length) setResult(r);
    else void finish(r);
  }

  if (result?.recoveryCodes) {
    return <RecoveryCodes codes={result.recoveryCodes} onContinue={() => void finish(result)} />;
  }
  return (
    <>
      <PageHeading lead={t.auth.enrollLead}>{t.auth.enrollTitle}</PageHeading>
      <Choice<Method>
        name="enroll-method"
        legend={t.auth.chooseMethod}
        value={method}
        onChange={setMethod}
        options={[
          { value: 'totp', label: t.auth.methodTotp, hint: t.auth.methodTotpHint },
          { value: 'key', label: t.auth.methodKey, hint: t.auth.methodKeyHint },
        ]}
      />
      <div className="panel">
        {method === 'totp' ? <TotpSetup onDone={done} /> : <KeyRegister onDone={done} />}
      </div>
      <StartOver />
    </>
  );
}
