import { PolicyInputError, type PolicyInputErrorCode } from './text/errors.ts';
import { limitMessages } from './text/limits.ts';

/** Messages of the policy module: error codes and audit event labels. */
const inputCodes: PolicyInputErrorCode[] = [
  'policy.empty',
  'policy.binary',
  'policy.no_text_layer',
  'policy.too_large',
  'policy.unrecognized',
  'policy.unreadable',
];
// The engine owns the wording of input errors; the API answers with the same texts.
const inputMessages = (lang: 'ja' | 'en') =>
  Object.fromEntries(inputCodes.map((c) => [c, new PolicyInputError(c).messages[lang]]));

export const ja: Record<string, string> = {
  ...inputMessages('ja'),
  ...limitMessages('ja'),
  'policy.busy': 'ほかのファイルを読み取り中です。しばらくしてからもう一度お試しください。',
  'policy.procedure_not_public': '実施手順は公開できません。',
  'policy.not_in_force': 'この版は施行中ではありません。',
  'policy.already_in_force': 'この版は既に施行中です。',
  'policy.already_decided': '提案「{key}」は既に採否が決まっています。',
  'policy.unknown_proposal': '提案「{key}」は見つかりません。',
  'policy.review_closed': 'この見直しは既に終了しています。',
  'policy.review_version_mismatch': '指定された版はこの文書の版ではありません。',
  'policy.no_file': 'ファイルの内容がありません。',
  'policy.diff_unavailable': '版の比較機能はまだ利用できません。',
  'event.policy.imported': 'ポリシーの取込み',
  'event.policy.version_in_force': 'ポリシーの施行',
  'event.policy.proposal_accepted': '提案の採用',
  'event.policy.proposal_rejected': '提案の不採用',
  'event.policy.acknowledged': 'ポリシーの確認（同意）',
  'event.policy.review_opened': 'ポリシー見直しの開始',
  'event.policy.review_updated': 'ポリシー見直しの更新',
  'event.policy.review_closed': 'ポリシー見直しの終了',
  'event.policy.visibility_changed': '公開範囲の変更',
};

export const en: Record<string, string> = {
  ...inputMessages('en'),
  ...limitMessages('en'),
  'policy.busy': 'Other files are being read. Try again in a moment.',
  'policy.procedure_not_public': 'Implementation procedures cannot be public.',
  'policy.not_in_force': 'This version is not in force.',
  'policy.already_in_force': 'This version is already in force.',
  'policy.already_decided': 'Proposal “{key}” has already been decided.',
  'policy.unknown_proposal': 'Proposal “{key}” was not found.',
  'policy.review_closed': 'This review is already closed.',
  'policy.review_version_mismatch': 'The version does not belong to this document.',
  'policy.no_file': 'The file has no content.',
  'policy.diff_unavailable': 'Comparing versions is not available yet.',
  'event.policy.imported': 'Policy imported',
  'event.policy.version_in_force': 'Policy version put in force',
  'event.policy.proposal_accepted': 'Proposal accepted',
  'event.policy.proposal_rejected': 'Proposal rejected',
  'event.policy.acknowledged': 'Policy acknowledged',
  'event.policy.review_opened': 'Policy review opened',
  'event.policy.review_updated': 'Policy review updated',
  'event.policy.review_closed': 'Policy review closed',
  'event.policy.visibility_changed': 'Visibility changed',
};
