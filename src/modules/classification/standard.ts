/**
 * The levels of the 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」 for its three
 * axes, offered as a starting point when a body's policy names its axes but not their levels. Other axis
 * names get three plain levels (I, II, III). The body accepts, edits or replaces them.
 */
export interface StandardLevel {
  label: string;
  definition: string;
}

const GUIDELINE: Record<string, StandardLevel[]> = {
  機密性: [
    { label: '3', definition: '行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産' },
    {
      label: '2',
      definition:
        '行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産',
    },
    { label: '1', definition: '機密性2又は機密性3の情報資産以外の情報資産' },
  ],
  完全性: [
    {
      label: '2',
      definition:
        '行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
    },
    { label: '1', definition: '完全性2の情報資産以外の情報資産' },
  ],
  可用性: [
    {
      label: '2',
      definition:
        '行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
    },
    { label: '1', definition: '可用性2の情報資産以外の情報資産' },
  ],
};

const PLAIN: StandardLevel[] = [
  { label: 'I', definition: '最も重要な情報資産' },
  { label: 'II', definition: '公表を前提としない情報資産' },
  { label: 'III', definition: 'その他の情報資産' },
];

/** The standard levels for an axis the policy names without levels. */
export function standardLevels(axis: string): StandardLevel[] {
  return GUIDELINE[axis] ?? PLAIN;
}
