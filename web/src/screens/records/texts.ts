/** Texts of the 記録簿 layout screen. */
import { defineTexts } from '../../i18n/define.ts';

export const recordTexts = defineTexts(
  {
    title: '記録簿の様式',
    lead: '紙の記録簿と同じ列・順序・見出しで出力されるように設定します。CSV・Excel・PDFのすべてに反映されます。',
    bookTitle: '記録簿の題名',
    stamps: '押印欄（「、」で区切る）',
    column: '列',
    print: '出力する',
    heading: '見出し（空欄は既定）',
    order: '順序',
    save: '保存',
    reset: '既定の様式に戻す',
    saved: '保存しました。',
    back: '記録簿に戻る',
  },
  {
    title: 'Register layout',
    lead: 'Set the columns, their order and headings to match the paper register. CSV, Excel and PDF all follow it.',
    bookTitle: 'Title of the register',
    stamps: 'Sign-off boxes (separated by 、 or commas)',
    column: 'Column',
    print: 'Print',
    heading: 'Heading (blank: default)',
    order: 'Order',
    save: 'Save',
    reset: 'Back to the default layout',
    saved: 'Saved.',
    back: 'Back to the registers',
  },
);
