/** Shared set-ups of the approver tests: small bodies with roles and levels, and the lookups the tests make. */
import { analyzePolicy } from '../analyze.ts';

/** A 町's 例規 with two roles and 機密性３／２／１. */
export const TOWN = `（統括責任者）
第１条　町に統括責任者を置き、総務課長をもって充てる。
（管理責任者）
第２条　各課に管理責任者を置き、課長をもって充てる。
（分類）
第３条　情報資産は、その機密性に応じ、機密性３、機密性２及び機密性１に分類する。
`;

/** An 組合's flat policy with two roles and 重要度Ａ／Ｂ／Ｃ. */
export const UNION = `1 体制
(1) 組合に総括者を置き、事務局長をもって充てる。
(2) 組合に管理者を置き、総務課長をもって充てる。
2 分類
(1) 情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
3 取扱い
`;

/** A 附則 closing the articles, before the 別表 that follow it. */
export const SUPPLEMENT = `　　　附　則
　この規程は、令和７年４月１日から施行する。
`;

/** The approvers by level of the first obligation whose text includes `part`. */
export const byLevel = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approverByLevel;

/** A lookup of the approvers (by level, or the one approver) of the obligation a test names by its text. */
export const approvals = (text: string, named: (obligation: string, part: string) => boolean) => {
  const a = analyzePolicy(text);
  return (part: string) => {
    const o = a.obligations.find((x) => named(x.text, part));
    return o?.approverByLevel ?? o?.approver ?? null;
  };
};
