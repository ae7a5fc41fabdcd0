import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { useT } from '../../i18n/index.tsx';
import { type DocumentDetail, policyApi, policyPaths, type Review } from './api.ts';
import { policyTexts } from './i18n.ts';
import { VersionSelect } from './VersionSelect.tsx';

/** Closes a review: no change with a reason, or a new version of the same document. */
export function ReviewClose({ review }: { review: Review }) {
  const p = useT(policyTexts);
  const [outcome, setOutcome] = useState<'no_change' | 'new_version'>('no_change');
  const [reason, setReason] = useState('');
  const [versionId, setVersionId] = useState('');
  const doc = useData<DocumentDetail>(
    outcome === 'new_version' ? policyPaths.document(review.documentId) : null,
  );
  const close = useMutate((body: Record<string, unknown>) => policyApi.closeReview(review.id, body), {
    invalidate: [policyPaths.reviews],
  });
  const pre = `close-${review.id}`;
  return (
    <Form
      onSend={() =>
        void close.run(
          outcome === 'no_change'
            ? { outcome, reason }
            : { outcome, versionId, ...(reason ? { reason } : {}) },
        )
      }
      error={close.error}
    >
      <SelectField
        id={`${pre}-outcome`}
        label={p.outcome}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as 'no_change')}
        options={[
          { value: 'no_change', label: p.noChange },
          { value: 'new_version', label: p.newVersion },
        ]}
      />
      {outcome === 'new_version' && (
        <VersionSelect
          id={`${pre}-version`}
          label={p.newVersionId}
          versions={doc.data?.versions ?? []}
          value={versionId}
          onChange={setVersionId}
          required
        />
      )}
      <TextField
        id={`${pre}-reason`}
        label={p.outcomeReason}
        value={reason}
        required={outcome === 'no_change'}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" small disabled={close.busy}>
        {p.close}
      </Button>
    </Form>
  );
}
