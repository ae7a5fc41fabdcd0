/** What the campaign screen reads: the campaign with its items and measures, results, people and roles. */
export interface Item {
  id: string;
  seq: number;
  area: string;
  clausePath: string | null;
  question: string;
  sourceText: string | null;
  respondentKind: string;
  roleIds: string[];
  source: string;
}
export interface Measure {
  id: string;
  title: string;
  itemId: string | null;
  ownerUserId: string;
  dueOn: string;
  status: string;
  result: string | null;
}
export interface Campaign {
  id: string;
  title: string;
  fiscalYear: number;
  kind: string;
  status: string;
  dueOn: string | null;
  policyVersionId: string | null;
  noticeId: string | null;
  areas: Record<string, string>;
  items: Item[];
  measures: Measure[];
}
export interface Tally {
  key: string;
  label: string;
  total: number;
  answered: number;
  done: number;
  partial: number;
  notDone: number;
  na: number;
  rate: number | null;
}
export interface Results {
  overall: Tally | null;
  byUnit: Tally[];
  byRole: Tally[];
  byArea: Tally[];
  history: { fiscalYear: number; overall: Tally | null }[];
}
export interface Person {
  id: string;
  displayName: string;
  loginId: string;
}
export interface Role {
  id: string;
  name: string;
}

export const bars = (rows: Tally[]) =>
  rows.map((t) => ({
    key: t.key,
    label: t.label,
    value: t.rate,
    detail: `${t.answered}/${t.total}（${t.done}・${t.partial}・${t.notDone}・${t.na}）`,
  }));
