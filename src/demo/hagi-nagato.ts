import type { DemoOrganization } from './setup-org.ts';

/**
 * The demo organization 萩・長門清掃一部事務組合: its roles and their posts come from sample policy 001
 * (第2章 1. 組織体制) through the role proposals; only the units and people are made up here.
 * A user's `role` names a role of the analysis by its name, the start of its name, or its post.
 */
export const hagiNagato: DemoOrganization = {
  code: 'hagi-nagato',
  name: '萩・長門清掃一部事務組合',
  policyFile: '001-hagi-nagato-seiso.txt',
  units: [
    { key: 'office', name: '事務局', kind: '局', parent: null },
    { key: 'soumu', name: '総務管理係', kind: '係', parent: 'office' },
    { key: 'shisetsu', name: '施設係', kind: '係', parent: 'office' },
  ],
  users: [
    { loginId: 'hagi-ciso', displayName: '長門 一郎', post: '事務局長', unit: 'office', role: '事務局長' },
    {
      loginId: 'hagi-sekinin',
      displayName: '萩 花子',
      post: '事務局次長',
      unit: 'office',
      role: '事務局次長',
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
  ],
};
