/**
 * The words of the body's asset register (情報資産管理台帳) as its CSV/xlsx files write them: column
 * headings, kinds, states and yes/no marks. The import reads them; the register's own export writes them.
 */
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

/** The marks the register writes for yes and no. */
export const YES_MARK = '有';
export const NO_MARK = '無';

/** Marks read as yes (有/あり/○) and as no (無/なし/×, or an empty cell); English and digits beside them. */
export const FLAG_YES = [YES_MARK, 'あり', '○', '〇', '1', 'yes', 'true'];
export const FLAG_NO = ['', NO_MARK, 'なし', '×', '0', 'no', 'false'];
