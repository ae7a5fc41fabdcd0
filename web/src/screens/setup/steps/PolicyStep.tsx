import { Link } from '../../../app/router.tsx';
import { FileField } from '../../../components/Field.tsx';
import { Form } from '../../../components/Form.tsx';
import { useT } from '../../../i18n/index.tsx';
import { UploadProgress, usePolicyUpload } from '../../policy/PolicyUpload.tsx';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/**
 * Upload of the body's policy file (text, Word, PDF) through the policy import, with its progress: choosing
 * the file starts it (choosing another after a refusal tries again).
 */
export function PolicyStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const send = usePolicyUpload(() => stepDone('policy'));
  return (
    <>
      {status.policy && (
        <p>
          <Link href={`/policies/versions/${status.policy.versionId}`}>{s.steps.policy}</Link>
        </p>
      )}
      <Form onSend={() => undefined} error={send.error}>
        <FileField
          id="setup-policy-file"
          className="input"
          label={status.policy ? s.importAnother : s.policyFile}
          hint={s.policyFileHint}
          accept=".txt,.text,.docx,.pdf,text/plain,application/pdf"
          disabled={send.busy}
          onFile={(f) => void send.upload(f)}
        />
        <UploadProgress pct={send.pct} label={s.importPolicy} />
      </Form>
    </>
  );
}
