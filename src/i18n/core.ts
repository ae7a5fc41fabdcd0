/** Messages shared by the whole API: common errors and validation. */
export const ja: Record<string, string> = {
  'common.not_found': '対象が見つかりません。',
  'common.forbidden': 'この操作には「{fn}」の権限が必要です。',
  'common.unauthenticated': 'サインインしてください。',
  'common.csrf': '画面を再読み込みしてから、もう一度操作してください（CSRFトークンが一致しません）。',
  'common.internal': 'サーバーで問題が発生しました。時間をおいて再度お試しください。',
  'common.unavailable': 'データベースに接続できません。しばらくしてから再度お試しください。',
  'common.storage_full':
    '保存領域が一杯のため保存できませんでした。変更は行われていません。管理者に連絡してください。',
  'common.rate_limited': '操作が多すぎます。しばらくしてから再度お試しください。',
  'request.invalid': '入力内容に誤りがあります。',
  'request.malformed_json': '送信されたJSONの形式が正しくありません。',
  'request.too_large': '送信されたデータが大きすぎます（上限 {limit}）。',
  'request.unsupported_media_type': 'このデータ形式は受け付けられません。',
  'field.required': '必須項目です。',
  'field.invalid_type': '形式が正しくありません（{expected} が必要です）。',
  'field.too_long': '{max} 文字以内で入力してください。',
  'field.too_short': '{min} 文字以上で入力してください。',
  'field.unknown': '不明な項目です。',
  'field.invalid_value': '値が正しくありません。',
  'field.invalid_format': '書式が正しくありません。',
  'csv.unclosed_quote':
    'CSVの {row} 行目で始まる「"」が閉じられていません。ファイルを確認してください（何も取り込んでいません）。',
  'csv.malformed': 'CSVの {row} 行目を読めません。ファイルを確認してください（何も取り込んでいません）。',
  'csv.sjis_unencodable':
    'Shift_JIS で表せない文字（{chars}）が {count} か所にあります。文字を置き換えずに出力するには UTF-8 を選んでください。',
  'csv.sjis_cell': '{row} 行目「{column}」: {chars} は Shift_JIS で表せません。',
};

export const en: Record<string, string> = {
  'common.not_found': 'Not found.',
  'common.forbidden': 'This action needs the “{fn}” permission.',
  'common.unauthenticated': 'Please sign in.',
  'common.csrf': 'Reload the page and try again (the CSRF token does not match).',
  'common.internal': 'Something went wrong on the server. Please try again later.',
  'common.unavailable': 'The database cannot be reached. Please try again shortly.',
  'common.storage_full': 'Storage is full, so nothing was saved. Please contact the administrator.',
  'common.rate_limited': 'Too many attempts. Please wait and try again.',
  'request.invalid': 'Some input is not valid.',
  'request.malformed_json': 'The JSON sent is malformed.',
  'request.too_large': 'The data sent is too large (limit {limit}).',
  'request.unsupported_media_type': 'This content type is not accepted.',
  'field.required': 'Required.',
  'field.invalid_type': 'Wrong type ({expected} expected).',
  'field.too_long': 'At most {max} characters.',
  'field.too_short': 'At least {min} characters.',
  'field.unknown': 'Unknown field.',
  'field.invalid_value': 'Invalid value.',
  'field.invalid_format': 'Invalid format.',
  'csv.unclosed_quote':
    'The quote (") opened in row {row} of the CSV is never closed. Please check the file (nothing was imported).',
  'csv.malformed': 'Row {row} of the CSV cannot be read. Please check the file (nothing was imported).',
  'csv.sjis_unencodable':
    '{count} cells hold characters Shift_JIS cannot represent ({chars}). Choose UTF-8 to export them unchanged.',
  'csv.sjis_cell': 'Row {row}, “{column}”: {chars} cannot be written in Shift_JIS.',
};
