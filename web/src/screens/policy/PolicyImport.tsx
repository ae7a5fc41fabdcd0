import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { navigate, useSearch } from '../../app/router.tsx';
import { FileField, SelectField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { policyPaths } from './api.ts';
import { correctionsTexts } from './corrections/texts.ts';
import { policyTexts } from './i18n.ts';
import { UploadProgress, usePolicyUpload } from './PolicyUpload.tsx';

/** The kinds of policy document a file may be imported as (the import detects the kind when none is chosen). */
const POLICY_KINDS = ['basic_policy', 'standards', 'procedures'];

/** 取込み: pick the policy file, watch it upload and be analyzed, then review the proposals. */
export default function PolicyImport() {
  const p = useT(policyTexts);
  const [file, setFile] = useState<File | null>(null);
  const form = useFormState('policy', { kind: '' });
  const ct = useT(correctionsTexts);
  // ?document=… imports the next version of that document (its corrections are applied again).
  const documentId = new URLSearchParams(useSearch()).get('document') ?? undefined;
  const doc = useData<{ title: string }>(documentId ? policyPaths.document(documentId) : null);
  const docTitle = documentId ? doc.data?.title : null;
  // Corrections of the previous version that no longer match are shown to the reviewer first.
  const send = usePolicyUpload((r) =>
    navigate(`/policies/versions/${r.versionId}/${r.corrections?.unmatched ? 'corrections' : 'proposals'}`),
  );
  return (
    <>
      <PageHeading lead={p.proposalsLead}>{p.import}</PageHeading>
      {docTitle && <p className="panel">{fmt(ct.asVersion, { title: docTitle })}</p>}
      <Form
        onSend={() => void send.upload(file, form.values.kind, documentId)}
        error={send.error ?? doc.error}
      >
        <FileField
          id="policy-file"
          className="input"
          label={p.file}
          accept=".txt,.text,.docx,.pdf,text/plain,application/pdf"
          required
          onFile={setFile}
        />
        <SelectField
          label={p.kindChoice}
          {...form.text('kind')}
          options={[
            { value: '', label: p.auto },
            ...POLICY_KINDS.map((k) => ({ value: k, label: p.documentKinds[k] ?? k })),
          ]}
        />
        <SubmitRow label={p.upload} busy={send.busy || !file} />
        <UploadProgress pct={send.pct} label={p.upload} />
      </Form>
    </>
  );
}
