import { Button } from '../../components/Button.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ProposalItem } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { ProposalCorrected } from './corrections/ProposalCorrected.tsx';
import { Folded } from './Folded.tsx';
import { policyTexts } from './i18n.ts';
import { keyOf } from './proposals.ts';

/** One kind of proposal: what the kind means, select all / none, and each item with its clause. */
export function ProposalGroup({
  versionId,
  kind: k,
  group,
  ticked,
  onTick,
}: {
  versionId: string;
  kind: string;
  group: ProposalItem[];
  ticked: Set<string>;
  onTick(items: ProposalItem[], on: boolean): void;
}) {
  const p = useT(policyTexts);
  const groupOpen = group.filter((i) => !i.decision);
  const n = groupOpen.filter((i) => ticked.has(keyOf(i))).length;
  const hid = `kind-${k}`;
  const name = p.kind[k] ?? k;
  const all = (on: boolean) => (
    <Button kind="text" small onClick={() => onTick(groupOpen, on)}>
      {on ? p.selectAll : p.selectNone}
      <span className="visually-hidden">（{name}）</span>
    </Button>
  );
  return (
    <fieldset className="section" aria-describedby={`${hid}-help`} data-kind={k}>
      <legend className="section-title">
        <strong>{name}</strong>（{group.length}）
      </legend>
      <p id={`${hid}-help`} className="muted">
        {p.kindHelp[k] ?? ''}
      </p>
      {groupOpen.length > 0 && (
        <div className="actions">
          {all(true)}
          {all(false)}
          <span className="muted" aria-live="polite">
            {fmt(p.groupCount, { n: groupOpen.length, k: n })}
          </span>
        </div>
      )}
      <Folded n={group.length}>
        <ul className="link-list link-list--plain">
          {group.map((i) => {
            const id = `prop-${k}-${i.key}`;
            return (
              <li key={i.key} data-testid="proposal">
                <div
                  className="checkbox"
                  style={{ marginTop: 0, flexWrap: 'nowrap', alignItems: 'flex-start' }}
                >
                  <input
                    id={id}
                    type="checkbox"
                    disabled={!!i.decision}
                    checked={i.decision ? i.decision.decision === 'accepted' : ticked.has(keyOf(i))}
                    aria-describedby={`${id}-d`}
                    onChange={(e) => onTick([i], e.target.checked)}
                  />
                  <label htmlFor={id}>
                    <strong>{i.title}</strong>
                  </label>
                </div>
                {i.decision && (
                  <span className="tag">{i.decision.decision === 'accepted' ? p.accepted : p.rejected}</span>
                )}
                {i.alreadyPresent && <span className="tag tag--ok">{p.present}</span>}
                <div id={`${id}-d`} className="cell-sub" style={{ whiteSpace: 'pre-line' }}>
                  {i.detail}
                </div>
                <ProposalCorrected item={i} />
                {i.clausePath && (
                  <div className="cell-sub">
                    {p.clause}: <ClauseRef versionId={versionId} path={i.clausePath} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </Folded>
    </fieldset>
  );
}
