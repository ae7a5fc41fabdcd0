import { fmt, useT } from '../../../i18n/index.tsx';
import type { ProposalItem } from '../api.ts';
import { describeChange } from './describe.ts';
import { correctionsTexts } from './texts.ts';

/** 「訂正済み」 on a proposal that follows the reviewer's corrections, with what each changed. */
export function ProposalCorrected({ item }: { item: ProposalItem }) {
  const t = useT(correctionsTexts);
  if (item.corrections.length === 0) return null;
  const what = item.corrections.map((c) => `${t.kind[c.kind]}「${c.target}」${describeChange(c, t)}`);
  return (
    <>
      <span className="tag tag--ok" data-testid="proposal-corrected">
        {t.corrected}
      </span>
      <div className="cell-sub">{fmt(t.proposalCorrected, { v: what.join('／') })}</div>
    </>
  );
}
