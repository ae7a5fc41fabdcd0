import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { orgApi } from './api.ts';
import { texts } from './i18n.ts';
import { OrgFrame, orNull } from './parts.tsx';

interface Row {
  id: string;
  name: string;
  purpose: string | null;
  chairPost: string | null;
  members: number;
}

/** Committees (R-A8) and a form to add one. */
export default function Committees() {
  const { lang } = useI18n();
  const x = texts(lang);
  const [items, setItems] = useState<Row[]>([]);
  const [v, setV] = useState({ name: '', purpose: '', chairPost: '' });
  const { error, busy, run, field } = useAction();
  const load = useCallback(
    () => orgApi.get<{ items: Row[] }>('/api/org/committees').then((r) => setItems(r.items)),
    [],
  );
  useEffect(() => {
    load();
  }, [load]);
  return (
    <OrgFrame>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/organization/committees/${c.id}`}>{c.name}</Link>（{x.members} {c.members}
            {c.chairPost && `・${x.chairPost}: ${c.chairPost}`}）
          </li>
        ))}
      </ul>
      {items.length === 0 && <p>{x.noneYet}</p>}
      <section aria-labelledby="cm-new">
        <h2 id="cm-new">{x.add}</h2>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await orgApi.post('/api/org/committees', {
                name: v.name,
                purpose: orNull(v.purpose),
                chairPost: orNull(v.chairPost),
              });
              setV({ name: '', purpose: '', chairPost: '' });
              await load();
            });
          }}
        >
          <FormAlert
            error={error}
            idPrefix="cm"
            labels={{ name: x.name, purpose: x.purpose, chairPost: x.chairPost }}
          />
          <TextField
            id="cm-name"
            label={x.name}
            value={v.name}
            onChange={(e) => setV({ ...v, name: e.target.value })}
            required
            error={field('name')}
          />
          <TextField
            id="cm-purpose"
            label={x.purpose}
            value={v.purpose}
            onChange={(e) => setV({ ...v, purpose: e.target.value })}
            error={field('purpose')}
          />
          <TextField
            id="cm-chairPost"
            label={x.chairPost}
            value={v.chairPost}
            onChange={(e) => setV({ ...v, chairPost: e.target.value })}
            error={field('chairPost')}
          />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.add}
          </button>
        </form>
      </section>
    </OrgFrame>
  );
}
