/** One improvement measure: its owner reads it and records what was done (without assessment.manage). */
import { useState } from 'react';
import { request } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { Frame } from '../dashboard/kit.tsx';
import { measureTexts } from './measure-texts.ts';

interface MeasureView {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  result: string | null;
  closedAt: string | null;
  ownerName: string;
  campaign: { id: string; title: string; fiscalYear: number };
  item: { question: string; clausePath: string | null } | null;
  canClose: boolean;
  canSeeCampaign: boolean;
}

export default function Measure({ params }: ScreenProps) {
  const m = useT(measureTexts);
  const path = `/api/assessment/measures/${params.id}`;
  const q = useData<MeasureView>(path);
  return (
    <Frame title={q.data?.title ?? m.title} lead={m.lead}>
      <Loaded query={q}>{(d) => <MeasureBody d={d} path={path} />}</Loaded>
    </Frame>
  );
}

function MeasureBody({ d, path }: { d: MeasureView; path: string }) {
  const m = useT(measureTexts);
  const f = useFormat();
  const [result, setResult] = useState('');
  const [done, setDone] = useState(false);
  const close = useMutate((text: string) => request('POST', `${path}/close`, { result: text }), {
    invalidate: [path, '/api/my-work'],
    onDone: () => setDone(true),
  });
  return (
    <>
      <dl className="dl">
        <dt>{m.campaign}</dt>
        <dd>
          {d.canSeeCampaign ? (
            <Link href={`/inspections/assessment/${d.campaign.id}`}>{d.campaign.title}</Link>
          ) : (
            d.campaign.title
          )}
        </dd>
        {d.item && (
          <>
            <dt>{m.item}</dt>
            <dd>{d.item.question}</dd>
          </>
        )}
        <dt>{m.owner}</dt>
        <dd>{d.ownerName}</dd>
        <dt>{m.due}</dt>
        <dd>{f.date(d.dueOn)}</dd>
        <dt>{m.status}</dt>
        <dd>{d.status === 'open' ? m.open : m.closed}</dd>
        {d.result && (
          <>
            <dt>{m.result}</dt>
            <dd>{d.result}</dd>
            <dt>{m.closedOn}</dt>
            <dd>{f.date(d.closedAt)}</dd>
          </>
        )}
      </dl>
      <Status message={done ? m.done : null} />
      {d.canClose && (
        <Form
          onSend={() => void close.run(result)}
          error={close.error}
          idPrefix="measure"
          labels={{ result: m.result }}
          className=""
        >
          <TextAreaField
            id="measure-result"
            label={m.result}
            hint={m.resultHint}
            required
            value={result}
            error={close.field('result')}
            onChange={(e) => setResult(e.target.value)}
            maxLength={2000}
          />
          <button type="submit" className="btn btn--primary" disabled={close.busy}>
            {m.close}
          </button>
        </Form>
      )}
    </>
  );
}
