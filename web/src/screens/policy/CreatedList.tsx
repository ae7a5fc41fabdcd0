import type { Ref } from 'react';
import { Link } from '../../app/router.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ProposalItem } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { Folded } from './Folded.tsx';
import { policyTexts } from './i18n.ts';
import { keyOf, recordHref } from './proposals.ts';

/** What was created from the accepted proposals, by kind, each linked to the record and its clause. */
export function CreatedList({
  versionId,
  kinds,
  created,
  fresh,
  headingRef,
}: {
  versionId: string;
  kinds: string[];
  created: ProposalItem[];
  fresh: Set<string>;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const p = useT(policyTexts);
  return (
    <section className="section" aria-labelledby="created">
      <h2 id="created" ref={headingRef} tabIndex={-1}>
        {p.created}（{created.length}）
      </h2>
      <p className="muted">{p.createdLead}</p>
      <div data-testid="created">
        {kinds.map((k) => {
          const xs = created.filter((i) => i.kind === k);
          if (!xs.length) return null;
          return (
            <div key={k}>
              <h3>
                {p.kind[k] ?? k}（{xs.length}）
              </h3>
              <Folded n={xs.length}>
                <ul className="link-list">
                  {xs.map((i) => {
                    const href = recordHref(i.decision?.recordType ?? null, i.decision?.recordId ?? null);
                    return (
                      <li key={keyOf(i)}>
                        <span className="tag">{p.kind[i.kind] ?? i.kind}</span>{' '}
                        {href ? <Link href={href}>{i.title}</Link> : i.title}
                        {fresh.has(keyOf(i)) && <span className="tag tag--ok"> {p.accepted}</span>}
                        {i.clausePath && (
                          <span className="cell-sub">
                            {' '}
                            {p.clause}: <ClauseRef versionId={versionId} path={i.clausePath} />
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </Folded>
            </div>
          );
        })}
      </div>
    </section>
  );
}
