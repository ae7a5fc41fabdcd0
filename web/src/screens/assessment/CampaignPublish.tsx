import { useState } from 'react';
import { api } from '../../api/client.ts';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, Part } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import type { Campaign } from './campaign-types.ts';
import { Receipts } from './Receipts.tsx';

/** Sending the compiled results to staff as a notice, and who has read it. */
export function Publish({
  c,
  canManage,
  reload,
}: {
  c: Campaign;
  canManage: boolean;
  reload(): Promise<void>;
}) {
  const x = useText();
  const { error, busy, run } = useAction();
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <Part id="cmp-publish" title={x.publish}>
      {canManage && !c.noticeId && (
        <form
          className="form as-box"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api.post(`/api/assessment/campaigns/${c.id}/publish`, { message: text });
              setDone(x.published);
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField id="publish-message" label={x.publishMessage} value={text} onChange={setText} />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.publish}
          </button>
        </form>
      )}
      <Status message={done} />
      {c.noticeId && <Receipts campaignId={c.id} />}
    </Part>
  );
}
