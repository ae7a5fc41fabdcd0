/**
 * A committee composed in one sentence that gives each seat its holders: 「Aを委員長とし、B及びCを委員として
 * 組織する」, 「Aを会長、Bを副会長とし、C、D及びEを会員として組織する」; and a seat filled 「…をもって充てる」
 * where a PDF copy's running header falls between 充 and てる.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const seats = (text: string) =>
  analyzePolicy(text).committees.map((c) => ({
    name: c.name,
    chair: c.chair?.post,
    viceChair: c.viceChair?.post,
    members: c.memberNames ?? [],
  }));

test('[R-A1] 「ＣＩＳＯを委員長とし、A及びBを委員として組織する」: chair and members', () => {
  assert.deepEqual(
    seats(`第2章　組織
2.1　最高情報セキュリティ責任者
　町に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副町長をもって充てる。
2.2　情報セキュリティ委員会
（1）町に、情報セキュリティ委員会（以下「委員会」という。）を置く。
（2）委員会は、ＣＩＳＯを委員長とし、総務課長及び各課の長を委員として組織する。
（3）委員会の庶務は、総務課において処理する。
`),
    [
      {
        name: '情報セキュリティ委員会',
        chair: 'CISO',
        viceChair: undefined,
        members: ['総務課長', '各課の長'],
      },
    ],
  );
});

test('[R-A1] 「議長を会長、副議長を副会長とし、…を会員として組織する」: chair, vice-chair and members by post', () => {
  assert.deepEqual(
    seats(`5　議会情報化推進会議
（1）議会に、議会情報化推進会議（以下「推進会議」という。）を置く。
（2）推進会議は、議長を会長、副議長を副会長とし、広報委員会の委員長、各常任委員会の委員長及び事務局長を会員として組織する。
（3）推進会議の庶務は、事務局において処理する。
`),
    [
      {
        name: '議会情報化推進会議',
        chair: '議長',
        viceChair: '副議長',
        members: ['広報委員会の委員長', '各常任委員会の委員長', '事務局長'],
      },
    ],
  );
});

// A PDF copy wrapped at one width: the running header falls where the page broke, inside the sentence.
const WRAPPED = `（目的）
第１条　この規程は、架空県立大学における情報資産の保護に関し必要な事項を定め
、教育研究及び事務の円滑な運営に資することを目的とする。
（最高情報セキュリティ責任者）
第２条　法人に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、
学長が指名する副学長をもって充てる。
２　ＣＩＳＯは、学長の命を受け、法人全体の情報セキュリティ対策に関する事務を
総括するものとする。
（情報セキュリティ委員会）
第３条　法人に情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会の委員長はＣＩＳＯをもって充て、副委員長は情報センター長をもって充
架空県立大学　（２／９）
てる。
３　委員会は、情報セキュリティに関する規程の制定改廃、監査の計画その他の重要
事項を審議するものとする。
４　委員会の事務は、情報センター事務室において処理する。
`;

test('[R-A1] 「副委員長は…をもって充」, a running header, 「てる。」: the vice-chair is read all the same', () => {
  assert.deepEqual(
    seats(WRAPPED).map(({ chair, viceChair }) => ({ chair, viceChair })),
    [{ chair: 'CISO', viceChair: '情報センター長' }],
  );
});
