/** Texts of imports: errors named by row and column as Excel shows them. */
export const ja: Record<string, string> = {
  'event.imports.completed': '一括取込',
  'imports.unknown_register': '取り込めない台帳です。',
  'imports.empty_file': 'ファイルが空です。',
  'imports.invalid':
    '{count} 件の誤りがあるため、何も取り込んでいません。誤りを直してから取り込んでください。',
  'imports.row_error': '{row} 行目 {column}列「{label}」: {message}',
  'imports.heading_error': '見出し（{row} 行目）: 「{label}」に対応する列を選んでください。',
  'imports.no_rows': '取り込む行がありません（見出し行より下がすべて空です）。',
  'imports.required': '必須項目が空です。',
  'imports.bad_value': '値が正しくありません。',
  'imports.unmapped': '必須項目です。対応する列を選んでください。',
  'imports.too_long': '{max} 文字以内にしてください。',
  'imports.not_number': '「{value}」は数値として読めません。',
  'imports.not_flag': '「{value}」を有/無として読めません（有・無、○・×、はい・いいえ）。',
  'imports.not_option': '「{value}」は選択肢（{options}）にありません。',
  'imports.ref_not_found': '「{value}」が見つかりません。',
  'imports.ref_ambiguous':
    '「{value}」に当てはまるものが複数あります。職員番号など一意に決まる値にしてください。',
  'imports.duplicate_in_file': '「{value}」が {first} 行目と重複しています。',
  'imports.already_registered': '「{value}」は登録済みです。',
  'imports.no_column': '列 {column} はありません。',
  'imports.write_failed': '{row} 行目を書き込めませんでした: {message}',
};

export const en: Record<string, string> = {
  'event.imports.completed': 'Bulk import',
  'imports.unknown_register': 'This register cannot be imported.',
  'imports.empty_file': 'The file is empty.',
  'imports.invalid': '{count} problems were found, so nothing was imported. Fix them and import again.',
  'imports.row_error': 'Row {row}, column {column} “{label}”: {message}',
  'imports.heading_error': 'Headings (row {row}): choose the column for “{label}”.',
  'imports.no_rows': 'There are no rows to import (everything below the headings is empty).',
  'imports.required': 'Required, but empty.',
  'imports.bad_value': 'Invalid value.',
  'imports.unmapped': 'Required: choose its column.',
  'imports.too_long': 'At most {max} characters.',
  'imports.not_number': '“{value}” is not a number.',
  'imports.not_flag': '“{value}” is not yes/no (有・無, ○・×, はい・いいえ).',
  'imports.not_option': '“{value}” is not one of {options}.',
  'imports.ref_not_found': '“{value}” was not found.',
  'imports.ref_ambiguous':
    '“{value}” matches more than one record. Use a value that names one (a staff number).',
  'imports.duplicate_in_file': '“{value}” repeats row {first}.',
  'imports.already_registered': '“{value}” is already registered.',
  'imports.no_column': 'There is no column {column}.',
  'imports.write_failed': 'Row {row} could not be written: {message}',
};
