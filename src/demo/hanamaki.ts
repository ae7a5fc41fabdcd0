import { type DemoOrganization, MANAGER_DUTIES, OFFICER_OVERSIGHT } from './setup-org.ts';

/**
 * The second demo organization, 花巻市, from sample policy 003 (情報セキュリティ対策基準): no CISO;
 * 情報セキュリティ責任者 (政策推進部長) on top, a 管理者 per 課, the ネットワーク管理者 and a 委員会.
 */
export const hanamaki: DemoOrganization = {
  code: 'hanamaki',
  name: '花巻市（サンプル）',
  policyFile: '003-hanamaki-taisaku-kijun.txt',
  units: [
    { key: 'seisaku', name: '政策推進部', kind: '部', parent: null },
    { key: 'kikaku', name: '企画調整課', kind: '課', parent: 'seisaku' },
    { key: 'soumu', name: '総務課', kind: '課', parent: 'seisaku' },
    { key: 'shimin', name: '市民課', kind: '課', parent: null },
  ],
  functions: {
    情報セキュリティ責任者: [
      ...OFFICER_OVERSIGHT,
      'requests.manage_types',
      'registers.read',
      'org.read',
      'org.scope_all',
      'org.notices.send',
      'assessment.manage',
      'training.manage',
      'training.check',
      'audits.manage',
      'classification.manage',
      'assets.read',
      'assets.read_all',
    ],
    ネットワーク管理者: [
      'systems.read',
      'systems.manage',
      'software.manage',
      'failures.manage',
      'registers.read',
      'assets.read',
      'assessment.answer',
    ],
    情報セキュリティ管理者: [
      ...MANAGER_DUTIES,
      'vendors.manage',
      'org.read',
      'compliance.check',
      'assessment.answer',
    ],
  },
  users: [
    {
      loginId: 'hanamaki-sekinin',
      displayName: '宮沢 賢一',
      post: '政策推進部長',
      unit: 'seisaku',
      role: '情報セキュリティ責任者',
    },
    {
      loginId: 'hanamaki-network',
      displayName: '高村 光',
      post: '企画調整課長',
      unit: 'kikaku',
      role: 'ネットワーク管理者',
    },
    {
      loginId: 'hanamaki-kanri-soumu',
      displayName: '新渡戸 稲子',
      post: '総務課長',
      unit: 'soumu',
      role: '情報セキュリティ管理者',
      roleUnit: 'soumu',
    },
    {
      loginId: 'hanamaki-kanri-shimin',
      displayName: '石川 啄也',
      post: '市民課長',
      unit: 'shimin',
      role: '情報セキュリティ管理者',
      roleUnit: 'shimin',
    },
    {
      loginId: 'hanamaki-suishin',
      displayName: '北上 夏美',
      post: '主査',
      unit: 'shimin',
      role: '情報セキュリティ推進員',
      roleUnit: 'shimin',
    },
    { loginId: 'hanamaki-staff', displayName: '早池峰 翔', post: '主事', unit: 'shimin', role: null },
  ],
};
