import { defineTexts } from '../../i18n/define.ts';

/** Texts the report form adds: when it happened (発生日時), as the head of the body's report needs it. */
export const reportTexts = defineTexts(
  {
    occurredAt: '発生日時',
    occurredHint:
      '分かる範囲で入力してください（発見より前のことがあります）。分からなければ空欄で構いません。',
    due: '期限',
    rule: '期限は暦日（土日・祝日を含む日数）で数えます。個人情報保護委員会がそう数えるためです。期限の日が土日・祝日・年末年始の閉庁日にあたるときは、その翌開庁日が期限です（行政機関の休日に関する法律 第2条）。開庁日で数えた日は参考で、期限ではありません。',
    reference: '参考：開庁日で数えた日',
  },
  {
    occurredAt: 'Happened at',
    occurredHint: 'As far as known (it may be before it was found). Leave empty when unknown.',
    due: 'Deadline',
    rule: 'Deadlines count calendar days (weekends and holidays included), as the Personal Information Protection Commission counts them. When the day falls on a closed day (weekend, holiday, New Year), the next office day is the deadline (Act on Holidays of Administrative Organs, Art. 2). The date counted in office days is for reference only and is not a deadline.',
    reference: 'For reference: counted in office days',
  },
);
