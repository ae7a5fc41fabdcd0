import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, patch, SelectField } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { clauseHref } from '../policy/ClauseRef.tsx';
import type { Campaign, Item, Role } from './campaign-types.ts';

/** A check item of a campaign: its question and clause; in a draft, its wording and area can be edited. */
export function ClauseLink({ c, path }: { c: Campaign; path: string | null }) {
  if (!path) return null;
  return c.policyVersionId ? (
    <Link href={clauseHref(c.policyVersionId, path)}>
      <code>{path}</code>
    </Link>
  ) : (
    <code>{path}</code>
  );
}

export function ItemRow({
  item,
  c,
  roles,
  editable,
  reload,
}: {
  item: Item;
  c: Campaign;
  roles: Role[];
  editable: boolean;
  reload(): Promise<void>;
}) {
  const x = useText();
  const [editing, setEditing] = useState(false);
  const [question, setQuestion] = useState(item.question);
  const [area, setArea] = useState(item.area);
  const { error, busy, run, field } = useAction();
  const roleNames = item.roleIds.map((r) => roles.find((x) => x.id === r)?.name ?? r).join('、');
  return (
    <li className="as-item">
      <p className="as-item__q">
        {item.seq}. {item.question}
      </p>
      <p className="as-item__meta">
        {x.clause}: <ClauseLink c={c} path={item.clausePath} />
        {'　'}
        {x.respondent}: {x.respondentKinds[item.respondentKind] ?? item.respondentKind}
        {roleNames ? `（${roleNames}）` : ''}
      </p>
      {item.sourceText && <p className="as-item__meta">{item.sourceText}</p>}
      {editable && !editing && (
        <button type="button" className="btn btn--text btn--small" onClick={() => setEditing(true)}>
          {x.edit}
          <span className="visually-hidden">（{item.seq}）</span>
        </button>
      )}
      {editing && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await patch(`/api/assessment/items/${item.id}`, { question, area });
              setEditing(false);
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField
            id={`item-${item.id}-question`}
            label={x.question}
            value={question}
            onChange={setQuestion}
            error={field('question')}
            required
          />
          <SelectField
            id={`item-${item.id}-area`}
            label={x.areaCol}
            value={area}
            onChange={setArea}
            options={Object.entries(c.areas).map(([value, label]) => ({ value, label }))}
          />
          <div className="actions">
            <button type="submit" className="btn btn--primary btn--small" disabled={busy}>
              {x.save}
            </button>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setEditing(false)}>
              {x.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
