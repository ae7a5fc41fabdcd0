import { type DemoOrganization, MANAGER_DUTIES, OFFICER_OVERSIGHT } from './setup-org.ts';

/**
 * The demo organization 萩・長門清掃一部事務組合: its roles and their posts come from sample policy 001
 * (第2章 1. 組織体制) through the role proposals; only the units and people are made up here.
 * A user's `role` names a role of the analysis by its name, the start of its name, or its post.
 */
/** Posts the policy names, each written once: a person's post is also how their role is found. */
const CISO_POST = '事務局長';
const SEKININ_POST = '事務局次長';
const HEAD = '組合管理者';

export const hagiNagato: DemoOrganization = {
  code: 'hagi-nagato',
  name: '萩・長門清掃一部事務組合（サンプル）',
  policyFile: '001-hagi-nagato-seiso.txt',
  units: [
    { key: 'office', name: '事務局', kind: '局', parent: null },
    { key: 'soumu', name: '総務管理係', kind: '係', parent: 'office' },
    { key: 'shisetsu', name: '施設係', kind: '係', parent: 'office' },
  ],
  functions: {
    // Policy 001 第2章 1.(1): the CISO holds the final authority and responsibility over every security
    // measure, the yearly self-assessment of 9.(1) among them, so the CISO may start and compile it too.
    事務局長: [
      'assessment.manage',
      ...OFFICER_OVERSIGHT,
      'registers.read',
      'org.read',
      'org.scope_all',
      'assets.read',
      'assets.read_all',
    ],
    事務局次長: [
      'audit.read',
      'dashboard.read',
      'reports.read',
      'incidents.read_all',
      'incidents.escalate_to',
      'incidents.handle',
      'assessment.manage',
      'training.manage',
      'training.check',
      'audits.manage',
      'vendors.review',
      'vendors.review_receive',
      'org.read',
      'org.scope_all',
      'org.notices.send',
      'assets.read',
      'assets.read_all',
      'assets.manage',
      'classification.manage',
      'registers.read',
      'requests.manage_types',
      'requests.read_all',
    ],
    事務局総務管理係長: [
      ...MANAGER_DUTIES,
      'systems.read',
      'systems.manage',
      'software.manage',
      'vendors.manage',
      'org.read',
      'compliance.check',
      'assessment.answer',
      // 第2章 1.(3): the 管理者 holds the authority and responsibility for the body's security measures, and
      // 6.(3)⑥ has them revise the measures after checks: they answer the findings of an audit.
      'audits.respond',
    ],
    情報システム担当者: [
      'systems.read',
      'systems.manage',
      'software.manage',
      'failures.manage',
      'assets.read',
      'assessment.answer',
    ],
  },
  assets: [
    { assetNo: 'A-0001', name: 'ごみ収集運搬業務委託契約書', kind: 'paper', unit: 'soumu', level: 'II' },
    {
      assetNo: 'A-0002',
      name: '持出用ノートPC（総務管理係1号機）',
      kind: 'device',
      unit: 'soumu',
      level: 'II',
    },
    { assetNo: 'A-0003', name: '職員人事記録', kind: 'information', unit: 'soumu', level: 'I' },
    {
      assetNo: 'A-0004',
      name: '施設点検記録（監査対応用）',
      kind: 'information',
      unit: 'shisetsu',
      level: 'III',
    },
    { assetNo: 'A-0005', name: 'バックアップ用USBメモリ', kind: 'medium', unit: 'soumu', level: 'I' },
  ],
  users: [
    { loginId: 'hagi-ciso', displayName: '長門 一郎', post: CISO_POST, unit: 'office', role: CISO_POST },
    {
      loginId: 'hagi-sekinin',
      displayName: '萩 花子',
      post: SEKININ_POST,
      unit: 'office',
      role: SEKININ_POST,
    },
    {
      loginId: 'hagi-kanri',
      displayName: '松本 健',
      post: '総務管理係長',
      unit: 'soumu',
      role: '事務局総務管理係長',
    },
    {
      loginId: 'hagi-tanto',
      displayName: '吉田 明',
      post: '主任',
      unit: 'soumu',
      role: '情報システム担当者',
    },
    { loginId: 'hagi-staff', displayName: '山口 さくら', post: '主事', unit: 'shisetsu', role: null },
    // The head of the body: 第2章 5.(3)② has the 責任者 report an incident, as needed, to the 組合管理者.
    { loginId: 'hagi-kumiai', displayName: '田村 誠一', post: HEAD, unit: 'office', role: null },
  ],
  head: { loginId: 'hagi-kumiai', label: HEAD },
};
