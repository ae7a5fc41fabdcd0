import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { readFlash } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { PrintForms } from '../exports/PrintForms.tsx';
import {
  type RequestDetail as Detail,
  REQUESTS,
  requestPath,
  requestsApi,
  TYPES,
  type TypesAnswer,
} from './api.ts';
import { requestTexts } from './i18n.ts';
import { RequestActions } from './RequestActions.tsx';
import { RequestChain, RequestTimeline, RequestValues } from './RequestFacts.tsx';
import { RequestsFrame } from './RequestsFrame.tsx';
import { referenceText } from './reference.ts';

/** One request: what the caller may do now first (decide, return, confirm, withdraw), then details and timeline. */
export default function RequestDetail({ params }: ScreenProps) {
  const detail = useData<Detail>(requestPath(params.id));
  return <Loaded query={detail}>{(d) => <RequestView d={d} />}</Loaded>;
}

function RequestView({ d }: { d: Detail }) {
  const x = useT(requestTexts);
  const f = useFormat();
  const { session } = useSession();
  // The approvers are named by their functions' names: the chain waits for them, so no key shows meanwhile.
  const types = useData<TypesAnswer>(TYPES);
  const [done, setDone] = useState<string | null>(readFlash() === 'submitted' ? x.submitted : null);
  const { confirm, dialog } = useConfirm();
  const act = useMutate(({ fn }: { fn: () => Promise<unknown>; message: string }) => fn(), {
    invalidate: [REQUESTS],
    onDone: (_r, v) => setDone(v.message),
  });
  const run = (fn: () => Promise<unknown>, message: string) => {
    setDone(null);
    void act.run({ fn, message });
  };
  return (
    <RequestsFrame
      current={d.requesterId === session?.user.id ? '/requests/mine' : '/requests'}
      title={f.named(d.typeName, d.typeNameEn)}
      lead={`${x.reference} ${referenceText(x, d.reference)}・${x.requester}: ${d.requesterName}・${f.dateTime(d.submittedAt)}`}
    >
      {dialog}
      <p>
        <span className="tag" data-testid="request-status">
          {x.status[d.status] ?? d.status}
        </span>
      </p>
      <PrintForms
        id={d.id}
        granted={['approved', 'returned', 'closed'].includes(d.status)}
        flow={d.definition.flow}
      />
      <Status message={done} />
      <FormAlert error={act.error} />
      <RequestActions
        d={d}
        busy={act.busy}
        decide={(decision, comment) =>
          run(
            () => requestsApi.decide(d.id, decision, comment),
            decision === 'approve' ? x.approved : x.rejected,
          )
        }
        markReturned={() => run(() => requestsApi.markReturned(d.id), x.returnedDone)}
        confirm={(note) => run(() => requestsApi.confirm(d.id, note), x.confirmedDone)}
      />
      <RequestValues d={d} />
      {types.data || types.error ? <RequestChain d={d} fns={types.data?.functions ?? []} /> : <Loading />}
      {d.can.withdraw && (
        <p>
          <Button
            kind="danger-text"
            disabled={act.busy}
            onClick={async () => {
              if (await confirm(x.withdrawConfirm, { danger: true }))
                run(() => requestsApi.withdraw(d.id), x.withdrawn);
            }}
          >
            {x.withdraw}
          </Button>
        </p>
      )}
      <RequestTimeline d={d} />
    </RequestsFrame>
  );
}
