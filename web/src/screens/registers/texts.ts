/** Texts of the 台帳 area's frame and entry page. */
import { defineTexts } from '../../i18n/define.ts';

export const registerTexts = defineTexts(
  {
    area: '台帳のメニュー',
    title: '台帳',
    lead: '事務局が紙とExcelで管理してきた台帳を、ここで一元管理します。',
    none: '閲覧できる台帳がありません。権限は組織の管理者が設定します。',
    importLink: 'Excel・CSVの台帳から取り込む',
    tabs: {
      home: '台帳の一覧',
      assets: '情報資産',
      classification: '分類基準',
      systems: 'システム・ネットワーク',
      software: 'ソフトウェア',
      vendors: '委託先・外部サービス',
      imports: '取込',
    },
    cards: {
      assets: ['情報資産管理台帳', '情報資産の分類・所管・保管場所・取扱制限'],
      classification: ['分類基準', '重要性・機密性などの分類と取扱い'],
      systems: ['情報システム・ネットワーク', 'セグメント、システム、接続、機器、回線'],
      software: ['ソフトウェア・ライセンス台帳', 'サポート終了日、導入端末、共用ID'],
      vendors: ['委託先・外部サービス', '委託先、契約条項、クラウド、SNS、法令'],
    },
  },
  {
    area: 'Registers menu',
    title: 'Registers',
    lead: 'The registers the office used to keep on paper and in Excel, in one place.',
    none: 'No register is open to your roles. Your organization’s administrator sets permissions.',
    importLink: 'Import from an Excel or CSV register',
    tabs: {
      home: 'All registers',
      assets: 'Assets',
      classification: 'Classification',
      systems: 'Systems and networks',
      software: 'Software',
      vendors: 'Vendors and services',
      imports: 'Import',
    },
    cards: {
      assets: ['Information assets', 'Class, owner, storage and handling of each asset'],
      classification: ['Classification scheme', 'Axes, levels and handling rules'],
      systems: ['Systems and networks', 'Segments, systems, connections, equipment, lines'],
      software: ['Software and licences', 'Support end dates, installations, shared IDs'],
      vendors: ['Vendors and services', 'Vendors, contract clauses, cloud, social media, laws'],
    },
  },
);
