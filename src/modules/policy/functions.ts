import type { FunctionDef } from '../module.ts';

/** Role functions of the policy module; each organization maps them onto its own roles. */
export const policyFunctions: FunctionDef[] = [
  {
    key: 'policy.manage',
    ja: 'ポリシーの取込み・提案の採否・施行・見直し',
    en: 'Import the policy, decide proposals, put versions in force, run reviews',
    setup: true,
    description: {
      ja: 'ポリシーの文書を取り込み、提案を採否し、施行と見直しを行います。',
      en: 'Imports policy documents, decides the proposals, puts versions in force and reviews them.',
    },
  },
  {
    key: 'policy.read',
    ja: 'ポリシー（職員向け）の閲覧',
    en: 'Read the policy (staff documents)',
    setup: true,
    description: {
      ja: '職員向けに公開したポリシーの本文を読みます。',
      en: 'Reads the policy documents published to staff.',
    },
  },
];
