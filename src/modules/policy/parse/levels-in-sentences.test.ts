/** Levels set in sentences, not in a list or a table: what each holds, then the level, or the level first. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

const scheme = (text: string) => {
  const c = analyzePolicy(text).classification;
  return (c?.axes ?? []).map((axis) => ({
    axis,
    levels: (c?.levels ?? [])
      .filter((l) => l.axis === axis)
      .sort((a, b) => a.rank - b.rank)
      .map((l) => `${levelName(l)}:${l.definition ?? ''}`),
  }));
};

test('[R-B1] 「…を機密性３、…を機密性２、…を機密性１とする」: each level with what it holds', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の機密性による分類は、住民の個人情報その他の秘密を含む情報資産を機密性３、公表を予定していない情報資産を機密性２、その他の情報資産を機密性１とする。
第６条　職員は、機密性３の情報資産を庁外に持ち出してはならない。
`),
    [
      {
        axis: '機密性',
        levels: [
          '機密性3:住民の個人情報その他の秘密を含む情報資産',
          '機密性2:公表を予定していない情報資産',
          '機密性1:その他の情報資産',
        ],
      },
    ],
  );
});

test('[R-B1] one sentence per axis in its 項, levels listed low first 「…を完全性１とし」 and 「…に分類する」', () => {
  const axes =
    scheme(`第５条　情報資産のうち、その他のものを機密性１、公表していないものを機密性２、個人情報を含むものを機密性３とする。
２　改ざんにより住民に重大な影響を及ぼす情報資産を完全性２とし、それ以外の情報資産を完全性１とする。
３　情報資産は、滅失により事務に重大な支障を及ぼすものを可用性２に、それ以外のものを可用性１に分類する。
第６条　職員は、機密性３の情報資産を複製してはならない。
`);
  assert.deepEqual(
    axes.map((a) => [a.axis, a.levels.map((l) => l.split(':')[0])]),
    [
      ['機密性', ['機密性3', '機密性2', '機密性1']],
      ['完全性', ['完全性2', '完全性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('[R-B1] the level first: 「重要度Ａは…情報資産、重要度Ｂは…情報資産、重要度Ｃは…とする」', () => {
  assert.deepEqual(
    scheme(`第５条　重要度Ａは個人情報を含む情報資産、重要度Ｂは公表していない情報資産、重要度Ｃはそれ以外の情報資産とする。
第６条　職員は、重要度Ａの情報資産を持ち出してはならない。
`),
    [
      {
        axis: '重要度',
        levels: [
          '重要度A:個人情報を含む情報資産',
          '重要度B:公表していない情報資産',
          '重要度C:それ以外の情報資産',
        ],
      },
    ],
  );
});

test('[R-B1] each level defined as a term in a 項 of its own: 「この規程において「機密性３」とは、…をいう。」', () => {
  assert.deepEqual(
    scheme(`第５条　この規程において「機密性３」とは、個人情報を含む情報資産をいう。
２　この規程において「機密性２」とは、公表していない情報資産をいう。
３　この規程において「機密性１」とは、前２項以外の情報資産をいう。
第６条　職員は、機密性３の情報資産を持ち出してはならない。
`),
    [
      {
        axis: '機密性',
        levels: [
          '機密性3:個人情報を含む情報資産',
          '機密性2:公表していない情報資産',
          '機密性1:前2項以外の情報資産',
        ],
      },
    ],
  );
});

test('levels named in sentences that say how to handle them are no definition of the levels', () => {
  assert.deepEqual(
    scheme(`第５条　職員は、機密性３は暗号化し、機密性２は施錠して保管するものとする。
第６条　職員は、機密性３の情報資産を機密性２の媒体に複製してはならない。
`),
    [],
  );
});

test('[R-B1] levels named in words with their axis 「可用性高は、…もの（…）、可用性中は…、可用性低は…をいう」', () => {
  assert.deepEqual(
    scheme(`第５条　可用性高は、停止により住民に直ちに影響するもの（窓口の端末等）、可用性中は停止により業務に支障があるもの、可用性低はそれ以外のものをいう。
第６条　職員は、可用性高の情報システムの予備を確保しなければならない。
`).map((a) => [a.axis, a.levels.map((l) => l.split(':')[0])]),
    [['可用性', ['可用性高', '可用性中', '可用性低']]],
  );
});

test('[R-B1] the axis as the topic over bare symbols: 「情報資産の機密性は、…を３、…を２、…を１とする」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の機密性は、個人情報を含むものを３、公表していないものを２、それ以外のものを１とする。
第６条　職員は、機密性３の情報資産を持ち出してはならない。
`).map((a) => [a.axis, a.levels.map((l) => l.split(':')[0])]),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
});

test('[R-B1] each level stated in a 項 of its own: 「重要度１は、…情報資産とする。」, the public one the lowest', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の重要度は、重要度１、重要度２及び重要度３とする。
２　重要度１は、個人情報を含む情報資産とする。
３　重要度２は、公表していない情報資産とする。
４　重要度３は、公表している情報資産とする。
第６条　職員は、重要度１の情報資産を持ち出してはならない。
`).map((a) => [a.axis, a.levels.map((l) => l.split(':')[0])]),
    [['重要度', ['重要度1', '重要度2', '重要度3']]],
  );
});
