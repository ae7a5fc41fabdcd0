import { fmt, inLang, useI18n, useT } from '../../i18n/index.tsx';
import { type FunctionDef, fnLabel, type Needed } from './api.ts';
import { requestTexts } from './i18n.ts';

/**
 * What this asset needs permission for, and who approves each kind of request (the roles by name, the
 * function's name where no role holds it yet). The clause a type rests on
 * is the approver's and the record's, not shown to the person filing.
 */
export function NeededPanel({ needed, fns }: { needed: Needed; fns: FunctionDef[] }) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  return (
    <section aria-labelledby="rq-needed" className="notice rq-needed">
      <h2 id="rq-needed">{x.neededTitle}</h2>
      <ul>
        {needed.types.map((n) => (
          <li key={n.id}>
            <strong>{inLang(lang, n.name, n.nameEn)}</strong>
            {x.colon}
            {n.approvalRequired ? x.needsApproval : x.noApproval}
            {n.approvalRequired &&
              fmt(x.aside, {
                text: `${x.approvers}: ${n.approvers
                  .map((k, i) => n.approverRoles[i]?.join('・') || fnLabel(fns, k, lang))
                  .join(' → ')}`,
              })}
          </li>
        ))}
        {!needed.types.length && <li>{x.none}</li>}
      </ul>
    </section>
  );
}
