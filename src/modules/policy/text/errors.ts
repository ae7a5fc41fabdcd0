/** Input errors with stable codes (also i18n keys) and messages in Japanese and English. */

export type PolicyInputErrorCode =
  | 'policy.empty'
  | 'policy.binary'
  | 'policy.no_text_layer'
  | 'policy.too_large'
  | 'policy.unrecognized'
  | 'policy.unreadable';

const MESSAGES: Record<PolicyInputErrorCode, { ja: string; en: string }> = {
  'policy.empty': { ja: 'ファイルが空です。', en: 'The file is empty.' },
  'policy.binary': {
    ja: 'テキスト、Word (.docx) または PDF のファイルではありません。',
    en: 'The file is not plain text, Word (.docx) or PDF.',
  },
  'policy.no_text_layer': {
    ja: 'PDF に文字情報がありません（画像のみの PDF です）。文字認識済みの PDF かテキストを使ってください。',
    en: 'The PDF has no text layer (scanned images only). Use a PDF with text or a text file.',
  },
  'policy.too_large': {
    ja: 'ファイルが大きすぎます（上限 5 MB）。',
    en: 'The file is too large (limit 5 MB).',
  },
  'policy.unrecognized': {
    ja: '条・項・号などの番号が見つからず、ポリシーの構成を読み取れません。',
    en: 'No clause numbering (articles, items …) was found; the policy structure cannot be read.',
  },
  'policy.unreadable': {
    ja: 'ファイルを読み取れませんでした（壊れているか、暗号化されています）。',
    en: 'The file could not be read (damaged or encrypted).',
  },
};

/** Thrown for input that cannot be analyzed; `code` is stable, `messages` has ja and en text. */
export class PolicyInputError extends Error {
  readonly code: PolicyInputErrorCode;
  readonly messages: { ja: string; en: string };

  constructor(code: PolicyInputErrorCode, detail?: string) {
    const messages = MESSAGES[code];
    super(detail ? `${messages.en} (${detail})` : messages.en);
    this.name = 'PolicyInputError';
    this.code = code;
    this.messages = messages;
  }
}
