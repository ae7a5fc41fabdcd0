/**
 * The demo organization, set up from sample policy 001 (萩・長門清掃一部事務組合):
 * its roles and the posts that fill them are those of 第2章 1. 組織体制.
 */
export const hagiNagato = {
  code: 'hagi-nagato',
  name: '萩・長門清掃一部事務組合',
  policyFile: '001-hagi-nagato-seiso.txt',
  units: [
    { key: 'office', name: '事務局', kind: '局', parent: null },
    { key: 'soumu', name: '総務管理係', kind: '係', parent: 'office' },
    { key: 'shisetsu', name: '施設係', kind: '係', parent: 'office' },
  ],
  roles: [
    {
      key: 'ciso',
      name: '最高情報セキュリティ責任者（CISO）',
      tier: 1,
      post: '事務局長',
      clausePath: '第2章/1./(1)',
      functions: ['org.admin', 'audit.read'],
    },
    {
      key: 'sekinin',
      name: '情報セキュリティ責任者',
      tier: 2,
      post: '事務局次長',
      clausePath: '第2章/1./(2)',
      functions: ['audit.read'],
    },
    {
      key: 'kanri',
      name: '情報セキュリティ管理者',
      tier: 3,
      post: '総務管理係長',
      clausePath: '第2章/1./(3)',
      functions: [],
    },
    {
      key: 'tanto',
      name: '情報システム担当者',
      tier: 4,
      post: null,
      clausePath: '第2章/1./(4)',
      functions: [],
    },
  ],
  users: [
    { loginId: 'hagi-ciso', displayName: '長門 一郎', post: '事務局長', unit: 'office', role: 'ciso' },
    { loginId: 'hagi-sekinin', displayName: '萩 花子', post: '事務局次長', unit: 'office', role: 'sekinin' },
    { loginId: 'hagi-kanri', displayName: '松本 健', post: '総務管理係長', unit: 'soumu', role: 'kanri' },
    { loginId: 'hagi-tanto', displayName: '吉田 明', post: '主任', unit: 'soumu', role: 'tanto' },
    { loginId: 'hagi-staff', displayName: '山口 さくら', post: '主事', unit: 'shisetsu', role: null },
  ],
} as const;
