import type { FunctionDef } from '../module.ts';

/** Role functions of the policy module; each organization maps them onto its own roles. */
export const policyFunctions: FunctionDef[] = [
  {
    key: 'policy.manage',
    ja: 'ポリシーの取込み・提案の採否・施行・見直し',
    en: 'Import the policy, decide proposals, put versions in force, run reviews',
    setup: true,
  },
  {
    key: 'policy.read',
    ja: 'ポリシー（職員向け）の閲覧',
    en: 'Read the policy (staff documents)',
    setup: true,
  },
];
