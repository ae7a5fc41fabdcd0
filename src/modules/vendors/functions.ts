import type { FunctionDef } from '../module.ts';

/** Role functions of the vendor, cloud, social media and law registers. */
export const vendorsFunctions: FunctionDef[] = [
  {
    key: 'vendors.manage',
    ja: '委託先・クラウド・SNS・法令台帳の管理',
    en: 'Manage vendors, cloud, social media and law registers',
    description: {
      ja: '委託先、クラウドサービス、SNSのアカウント、関係する法令の台帳を管理します。',
      en: 'Keeps the registers of contractors, cloud services, social media accounts and laws.',
    },
  },
];

export const VENDORS_READ = ['vendors.manage', 'registers.read'];
export const VENDORS_WRITE = ['vendors.manage'];
