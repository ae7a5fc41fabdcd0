import type { AssetKind, AssetStatus } from './tables.ts';

/** Column headings of the CSV/xlsx register; class columns are the scheme's axis names, inserted after 保存場所. */
export const HEAD = {
  assetNo: '資産番号',
  name: '名称',
  kind: '種類',
  unit: '所管課',
  owner: '管理責任者',
  location: '保存場所',
  restrictions: '取扱制限',
  backup: 'バックアップ',
  personal: '個人情報',
  specific: '特定個人情報',
  retention: '保存期間',
  segment: '三層区分',
  status: '状態',
  draftDeleteOn: '下書き削除予定日',
  parent: '格納先',
  copiedFrom: '複製元',
  note: '備考',
} as const;

export const KIND_LABEL: Record<AssetKind, string> = {
  information: '電子情報',
  paper: '紙文書',
  system: 'システム',
  device: '機器',
  medium: '媒体',
};

export const STATUS_LABEL: Record<AssetStatus, string> = {
  draft: '下書き',
  registered: '登録済',
  disposed: '廃棄',
};

/** Reads a kind from its Japanese label or its key. */
export function parseKind(v: string): AssetKind | null {
  const t = v.trim();
  for (const [k, label] of Object.entries(KIND_LABEL)) if (t === label || t === k) return k as AssetKind;
  return null;
}

/** Reads a status from its Japanese label or its key; empty gives null (decided from the class). */
export function parseStatus(v: string): AssetStatus | null | 'bad' {
  const t = v.trim();
  if (!t) return null;
  for (const [k, label] of Object.entries(STATUS_LABEL)) if (t === label || t === k) return k as AssetStatus;
  return 'bad';
}

/** 有/無, ○/×, 1/0, yes/no; empty is no. */
export function parseFlag(v: string): boolean | null {
  const t = v.trim().toLowerCase();
  if (['有', 'あり', '○', '〇', '1', 'yes', 'true'].includes(t)) return true;
  if (['', '無', 'なし', '×', '0', 'no', 'false'].includes(t)) return false;
  return null;
}

/** Restriction tags separated by 、 ; or ／. */
export function parseList(v: string): string[] {
  return v
    .split(/[、;；／]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
