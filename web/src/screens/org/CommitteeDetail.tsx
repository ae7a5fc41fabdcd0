import { useCallback, useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
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
  const x = useT(orgTexts);
  const [c, setC] = useState<Detail | null>(null);
  const [rows, setRows] = useState('');
  const [m, setM] = useState({ heldOn: '', agenda: '', minutes: '' });
  const { error, busy, run, field } = useAction();
  const load = useCallback(
    () => orgApi.get<Detail>(`/api/org/committees/${params.id}`).then(setC),
    [params.id],
  );
  useEffect(() => {
    load();
  }, [load]);
  if (!c) return <OrgFrame>{null}</OrgFrame>;
  const parsed = () =>
    rows
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split(/\t|,|\s{2,}/).slice(0, 3));
  return (
    <OrgFrame lead={`${c.name}${c.clausePath ? `（${c.clausePath}）` : ''}`}>
      <FormAlert
        error={error}
        idPrefix="cd"
        labels={{ rows: x.importRows, heldOn: x.heldOn, agenda: x.agenda }}
      />
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
      <section className="section" aria-labelledby="cd-members">
        <h2 id="cd-members">{x.members}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{x.dept}</th>
                <th>{x.section}</th>
                <th>{x.memberPost}</th>
                <th>{x.displayName}</th>
              </tr>
            </thead>
            <tbody>
              {c.members.map((mb) => (
                <tr key={mb.id}>
                  <td>{mb.dept ?? '—'}</td>
                  <td>{mb.section ?? '—'}</td>
                  <td>{mb.post ?? '—'}</td>
                  <td>{mb.displayName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await orgApi.post(`/api/org/committees/${c.id}/members/import`, { rows: parsed() });
              setRows('');
              await load();
            });
          }}
        >
          <TextAreaField
            id="cd-rows"
            label={x.importRows}
            value={rows}
            onChange={(e) => setRows(e.target.value)}
            error={field('rows')}
            rows={6}
          />
          <button type="submit" className="btn btn--secondary" disabled={busy || !rows.trim()}>
            {x.importDo}
          </button>
        </form>
      </section>
      <section className="section" aria-labelledby="cd-meetings">
        <h2 id="cd-meetings">{x.meetings}</h2>
        <ul>
          {c.meetings.map((mt) => (
            <li key={mt.id}>
              <strong>{formatWarekiDate(mt.heldOn)}</strong> {mt.agenda}
              {mt.minutes && <p className="muted">{mt.minutes}</p>}
            </li>
          ))}
        </ul>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await orgApi.post(`/api/org/committees/${c.id}/meetings`, {
                heldOn: m.heldOn,
                agenda: m.agenda,
                minutes: orNull(m.minutes),
              });
              setM({ heldOn: '', agenda: '', minutes: '' });
              await load();
            });
          }}
        >
          <TextField
            id="cd-heldOn"
            type="date"
            label={x.heldOn}
            value={m.heldOn}
            onChange={(e) => setM({ ...m, heldOn: e.target.value })}
            required
            error={field('heldOn')}
          />
          <TextField
            id="cd-agenda"
            label={x.agenda}
            value={m.agenda}
            onChange={(e) => setM({ ...m, agenda: e.target.value })}
            required
            error={field('agenda')}
          />
          <TextAreaField
            id="cd-minutes"
            label={x.minutes}
            value={m.minutes}
            onChange={(e) => setM({ ...m, minutes: e.target.value })}
          />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.record}
          </button>
        </form>
      </section>
    </OrgFrame>
  );
}
