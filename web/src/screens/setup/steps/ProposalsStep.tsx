import { api } from '../../../api/client.ts';
import { useData, useMutate } from '../../../api/query.ts';
import { Link } from '../../../app/router.tsx';
import { TextField } from '../../../components/Field.tsx';
import { Form } from '../../../components/Form.tsx';
import { Loaded } from '../../../components/Loaded.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { fmt, useT } from '../../../i18n/index.tsx';
import type { ProposalItem } from '../../policy/api.ts';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/** The function that approves take-outs, and the catalogue's take-out type (its levels are the body's own). */
const TAKE_OUT_APPROVE = 'requests.approve.take_out';
const TAKE_OUT_TYPE = 'take_out_001';

/**
 * The proposals in a few lines (how many of each kind), what needs more input asked right here (who
 * permits a take-out when the policy names nobody; the classification levels offered when the text has
 * none are shown with the proposal), then one button: accept them all and put the policy in force.
 */
export function ProposalsStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const versionId = status.policy?.versionId ?? '';
  const list = useData<{ items: ProposalItem[] }>(
    versionId ? `/api/policy/versions/${versionId}/proposals` : null,
  );
  const stepDone = useStepDone();
  // The guideline's standard name for the role that permits a take-out, to keep or rename.
  const form = useFormState('setup-approver', { name: s.approverRoleDefault, post: '' });
  const items = list.data?.items ?? [];
  const open = items.filter((i) => !i.decision);
  const approverNeeded =
    !status.takeOut && !items.some((i) => i.kind === 'request_types' && i.key.includes('take_out'));
  const accept = useMutate(
    async () => {
      if (open.length)
        await api.post(`/api/policy/versions/${versionId}/proposals/decide`, {
          decisions: open.map((i) => ({ kind: i.kind, key: i.key, accept: true })),
        });
      if (approverNeeded) {
        await api.post('/api/org/roles', {
          name: form.values.name.trim(),
          tier: 2,
          post: form.values.post.trim() || null,
          functions: [TAKE_OUT_APPROVE],
        });
        await api.post(`/api/requests/catalogue/${TAKE_OUT_TYPE}`);
      }
      if (!status.policy?.inForce) await api.post(`/api/policy/versions/${versionId}/in-force`, {});
    },
    { onDone: () => void stepDone('proposals') },
  );
  return (
    <Loaded query={list}>
      {() => (
        <Form
          noValidate
          onSend={() => void accept.run()}
          error={accept.error}
          idPrefix="setup-approver"
          labels={{ name: s.approverRole, post: s.approverPost }}
        >
          <h3>{s.proposalCounts}</h3>
          <ul>
            {[...new Set(items.map((i) => i.kind))].map((k) => (
              <li key={k}>
                {(s.kindNames as Record<string, string>)[k] ?? k}：{items.filter((i) => i.kind === k).length}
              </li>
            ))}
          </ul>
          {items
            .filter((i) => i.kind === 'classification')
            .map((i) => (
              <div key={i.key} className="panel">
                <strong>{i.title}</strong>
                <p className="cell-sub">{i.detail}</p>
              </div>
            ))}
          {open.length > 0 && <p>{fmt(s.undecided, { n: open.length })}</p>}
          {approverNeeded && (
            <fieldset className="section">
              <legend>{s.approverNeeded}</legend>
              <TextField
                label={s.approverRole}
                hint={s.approverRoleHint}
                required
                {...form.text('name', accept.field)}
              />
              <TextField
                label={s.approverPost}
                hint={s.approverPostHint}
                {...form.text('post', accept.field)}
              />
            </fieldset>
          )}
          <SubmitRow label={s.acceptAll} busy={accept.busy}>
            <Link href={`/policies/versions/${versionId}/proposals`}>{s.reviewEach}</Link>
          </SubmitRow>
        </Form>
      )}
    </Loaded>
  );
}
