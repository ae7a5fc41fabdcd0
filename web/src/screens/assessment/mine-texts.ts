import { defineTexts } from '../../i18n/define.ts';

/** Texts of 「自分の点検項目」 beyond the shared assurance texts: saving many answers at once and drafts. */
export const mineTexts = defineTexts(
  {
    saveAll: '回答をまとめて保存',
    unsaved: '保存していない回答が {n} 件あります。',
    allSaved: 'すべての回答を保存済みです。',
    savedMany: '{n} 件の回答を保存しました。',
    draftKept: '入力中の回答はこの端末に自動で下書き保存しています。',
    draftRestored: '前回保存しなかった回答 {n} 件を下書きから戻しました。保存するまで記録されません。',
    notSaved: '未保存',
    kept: '保存済みの証跡',
    bytes: '{n} バイト',
    hash: 'SHA-256: {sha}',
  },
  {
    saveAll: 'Save all answers',
    unsaved: '{n} answers are not saved yet.',
    allSaved: 'All answers are saved.',
    savedMany: '{n} answers saved.',
    draftKept: 'Answers you are entering are kept as a draft on this device as you go.',
    draftRestored:
      '{n} answers not saved last time were restored from the draft. They are recorded once you save.',
    notSaved: 'Not saved',
    kept: 'Evidence kept',
    bytes: '{n} bytes',
    hash: 'SHA-256: {sha}',
  },
);
