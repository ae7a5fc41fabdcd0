/** Strings of downloads and printed forms (Japanese first, English). */
import { useT } from '../../i18n/context.ts';
import { defineTexts } from '../../i18n/define.ts';

export const exportTexts = defineTexts(
  {
    sjis: 'CSV (Shift_JIS)',
    checking: '確認しています…',
    sjisProblem: 'Shift_JIS では表せない文字があります',
    sjisLead:
      '次の箇所の文字は Shift_JIS で保存すると失われます。文字を置き換えずに出力するには UTF-8 をお使いください（Excel でもそのまま開けます）。',
    useUtf8: 'UTF-8 で出力する',
    close: '閉じる',
    place: '箇所',
    printApplication: '申請書を印刷 (PDF)',
    printPermit: '許可書を印刷 (PDF)',
    layout: '記録簿の様式',
  },

  {
    sjis: 'CSV (Shift_JIS)',
    checking: 'Checking…',
    sjisProblem: 'Some characters cannot be written in Shift_JIS',
    sjisLead:
      'The characters below would be lost in Shift_JIS. Use UTF-8 to export them unchanged (Excel opens it too).',
    useUtf8: 'Export in UTF-8',
    close: 'Close',
    place: 'Where',
    printApplication: 'Print the application (PDF)',
    printPermit: 'Print the permit (PDF)',
    layout: 'Register layout',
  },
);

export type ExportDict = typeof exportTexts.ja;

/** For screens of other areas that offer a download. */
export const useExportText = () => useT(exportTexts);
