import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull, TextAreaField } from './parts.tsx';

interface Detail {
  id: string;
  name: string;
  purpose: string | null;
  duties: string | null;
  chairPost: string | null;
  clausePath: string | null;
  members: {
    id: string;
    displayName: string | null;
    dept: string | null;
    section: string | null;
    post: string | null;
  }[];
  meetings: { id: string; heldOn: string; agenda: string; minutes: string | null }[];
}

/** One committee: roster (importable from the 別表), meetings with agenda and minutes. */
export default function CommitteeDetail({ params }: ScreenProps) {
  const q = useData<Detail>(`/api/org/committees/${params.id}`);
  if (!q.data)
    return <OrgFrame>{q.error && <LoadFailed error={q.error} onRetry={() => void q.refetch()} />}</OrgFrame>;
  return <CommitteeView key={q.data.id} c={q.data} />;
}

function CommitteeView({ c }: { c: Detail }) {
  const x = useT(orgTexts);
  const [rows, setRows] = useState('');
  const form = useFormState('cd', { heldOn: '', agenda: '', minutes: '' });
  const m = form.values;
  const path = `/api/org/committees/${c.id}`;
  const importRows = useMutate((body: { rows: string[][] }) => orgApi.post(`${path}/members/import`, body), {
    invalidate: [path],
    onDone: () => setRows(''),
  });
  const meet = useMutate(
    () => orgApi.post(`${path}/meetings`, { heldOn: m.heldOn, agenda: m.agenda, minutes: orNull(m.minutes) }),
    { invalidate: [path], onDone: form.reset },
  );
  const field = (name: string) => importRows.field(name) ?? meet.field(name);
  const busy = importRows.busy || meet.busy;
  const parsed = () =>
    rows
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split(/\t|,|\s{2,}/).slice(0, 3));
  return (
    <OrgFrame lead={`${c.name}${c.clausePath ? `（${c.clausePath}）` : ''}`}>
      {c.purpose && (
        <p>
          {x.purpose}: {c.purpose}
        </p>
      )}
      {c.chairPost && (
        <p>
          {x.chairPost}: {c.chairPost}
        </p>
      )}
      <Section id="cd-members" title={x.members}>
        <DataTable
          rows={c.members}
          columns={[
            { key: 'dept', header: x.dept, value: (mb) => mb.dept ?? '—' },
            { key: 'section', header: x.section, value: (mb) => mb.section ?? '—' },
            { key: 'post', header: x.memberPost, value: (mb) => mb.post ?? '—' },
            { key: 'displayName', header: x.displayName, value: (mb) => mb.displayName ?? '—' },
          ]}
          label={x.members}
        />
        <Form
          onSend={() => void importRows.run({ rows: parsed() })}
          error={importRows.error}
          idPrefix="cd"
          labels={{ rows: x.importRows }}
        >
          <TextAreaField
            id="cd-rows"
            label={x.importRows}
            value={rows}
            onChange={(e) => setRows(e.target.value)}
            error={field('rows')}
            rows={6}
          />
          <SubmitRow secondary label={x.importDo} busy={busy || !rows.trim()} />
        </Form>
      </Section>
      <Section id="cd-meetings" title={x.meetings}>
        <ul>
          {c.meetings.map((mt) => (
            <li key={mt.id}>
              <strong>{formatWarekiDate(mt.heldOn)}</strong> {mt.agenda}
              {mt.minutes && <p className="muted">{mt.minutes}</p>}
            </li>
          ))}
        </ul>
        <Form
          onSend={() => void meet.run()}
          error={meet.error}
          idPrefix="cd"
          labels={{ heldOn: x.heldOn, agenda: x.agenda }}
        >
          <DateField label={x.heldOn} required {...form.pick('heldOn', field)} />
          <TextField label={x.agenda} required {...form.text('agenda', field)} />
          <TextAreaField label={x.minutes} {...form.text('minutes')} />
          <SubmitRow label={x.record} busy={busy} />
        </Form>
      </Section>
    </OrgFrame>
  );
}
