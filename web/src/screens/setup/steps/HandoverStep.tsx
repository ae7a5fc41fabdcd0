import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { queryClient, useMutate } from '../../../api/query.ts';
import { Link, navigate } from '../../../app/router.tsx';
import { useSession } from '../../../app/session.tsx';
import { Form } from '../../../components/Form.tsx';
import { PersonField } from '../../../components/Pickers.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import { SETUP_STATUS, type SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';

/** The set-up role goes to one of the body's people; the creator keeps only what a visiting host has. */
export function HandoverStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const { refresh } = useSession();
  const [person, setPerson] = useState('');
  const [done, setDone] = useState(false);
  const hand = useMutate(() => api.post('/api/org/setup/handover', { userId: person }), {
    onDone: () => {
      setDone(true);
      // The creator can no longer read the set-up's state once it is handed over: mark the step here.
      queryClient.setQueryData<SetupStatus>(
        [SETUP_STATUS],
        (st) =>
          st && {
            ...st,
            handedOver: true,
            steps: st.steps.map((x) => (x.key === 'handover' ? { ...x, done: true } : x)),
          },
      );
      navigate('/setup?step=handover');
      void refresh();
    },
  });
  if (done || status.handedOver)
    return (
      <p role="status" className="alert alert--success">
        {s.handedOver} <Link href="/">{s.home}</Link>
      </p>
    );
  return (
    <Form
      onSend={() => void hand.run()}
      error={hand.error}
      idPrefix="setup-handover"
      labels={{ userId: s.handoverTo }}
    >
      {status.roles.empty.length > 0 && (
        <p className="alert alert--info">
          {fmt(s.rolesAfterHandover, { roles: status.roles.empty.map((r) => r.name).join('、') })}
        </p>
      )}
      <PersonField
        id="setup-handover-userId"
        label={s.handoverTo}
        required
        value={person}
        onChange={setPerson}
        error={hand.field('userId')}
      />
      <SubmitRow label={s.handover} busy={hand.busy || !person} />
    </Form>
  );
}
