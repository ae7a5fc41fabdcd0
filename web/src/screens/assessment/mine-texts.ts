import { defineTexts } from '../../i18n/define.ts';

/** Texts of 「自分の点検項目」 beyond the shared assurance texts: saving many answers at once and drafts. */
export const mineTexts = defineTexts(
  {
    saveAll: '回答をまとめて保存',
    unsaved: '保存していない回答が {n} 件あります。',
    allSaved: 'すべての回答を保存済みです。',
    savedMany: '{n} 件の回答を保存しました。',
    draftKept:
      '入力中の回答は、入力が止まって数秒後に下書きとして自動で保存します。別の端末からも続きを入力できます。回答として記録されるのは「回答をまとめて保存」を押したときです。',
    draftSaved: '下書きを保存しました',
    draftFailed:
      '下書きを保存できませんでした。入力した回答は画面に残っています。「回答をまとめて保存」で保存してください。',
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
    draftKept:
      'Answers you are entering are kept as a draft a few seconds after you stop typing, and can be continued on another device. They are recorded as answers when you press “Save all answers”.',
    draftSaved: 'Draft saved',
    draftFailed:
      'The draft could not be saved. Your answers are still on the screen: save them with “Save all answers”.',
    draftRestored:
      '{n} answers not saved last time were restored from the draft. They are recorded once you save.',
    notSaved: 'Not saved',
    kept: 'Evidence kept',
    bytes: '{n} bytes',
    hash: 'SHA-256: {sha}',
  },
);
