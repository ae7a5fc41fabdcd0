/** Strings of the first start and of a new body's set-up (Japanese first, English). */

import { useT } from '../../i18n/context.ts';
import { defineTexts } from '../../i18n/define.ts';

const ja = {
  firstRunTitle: 'はじめに',
  firstRunLead: 'まだ団体が登録されていません。ご自分の団体を設定するか、サンプルの組織で操作を試せます。',
  startBody: '自分の団体を設定する',
  startBodyHint: '団体名と情報セキュリティポリシーのファイルから、画面の案内に沿って設定します。',
  trySamples: 'サンプル組織で試す',
  trySamplesHint:
    '公開されている例規を基にした架空の組織（サンプル）を2つ作成します。1分ほどかかります。不要になったら削除できます。',
  samplesBusy: 'サンプル組織を作成しています…',
  samplesMade:
    'サンプル組織を作成しました。次の利用者でサインインできます（初期パスワードは初回サインイン時に変更します）。',
  samplesNone: 'サンプル組織は作成済みです。',
  staff: '職員',
  sample: 'サンプル',
  remove: '削除',
  removeConfirm: '「{name}」を削除しますか。利用者はサインインできなくなります（記録と監査ログは残ります）。',
  removed: '「{name}」を削除しました。',
};

const en = {
  firstRunTitle: 'Getting started',
  firstRunLead:
    'No public body is set up yet. Set up your own body, or try mamori with sample organizations.',
  startBody: 'Set up your body',
  startBodyHint: 'From the body’s name and its security policy file, guided step by step.',
  trySamples: 'Try the sample organizations',
  trySamplesHint:
    'Creates two fictional organizations (samples) based on published regulations. Takes about a minute. They can be removed later.',
  samplesBusy: 'Setting up the sample organizations…',
  samplesMade:
    'The sample organizations are set up. These people can sign in (each one-time password is changed at first sign-in).',
  samplesNone: 'The sample organizations are already set up.',
  staff: 'Staff',
  sample: 'Sample',
  remove: 'Remove',
  removeConfirm: 'Remove “{name}”? Its people can no longer sign in (records and the audit log stay).',
  removed: '“{name}” was removed.',
};

/** The first start's and set-up's strings, Japanese and English of one shape. */
export const setupRunTexts = defineTexts(ja, en);

/** The set-up screens' strings in the UI language. */
export function useSetupText() {
  return useT(setupRunTexts);
}
