/**
 * A committee's seats filled one after another with 「には」 (「本部長には副連合長を、副本部長には…を、本部員には各課長を
 * 充てる」) and a roster 別表 whose rows are indented and aligned with full-width spaces. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const seats = (text: string) =>
  analyzePolicy(text).committees.map((c) => ({
    name: c.name,
    chair: c.chair?.post,
    viceChair: c.viceChair?.post,
    members: c.memberNames,
    secretariat: c.secretariat,
  }));

test('[R-A8] 「本部長にはXを、副本部長にはYを、本部員にはZを充てる」 fills each seat', () => {
  assert.deepEqual(
    seats(`第１０条　広域連合に情報セキュリティ推進本部（以下「推進本部」という。）を置く。
２　推進本部は、本部長、副本部長及び本部員をもって組織し、本部長には副連合長を、副本部長には事務局長を、本部員には各課長を充てる。
３　推進本部の庶務は、総務課において処理する。
`),
    [
      {
        name: '情報セキュリティ推進本部',
        chair: '副連合長',
        viceChair: '事務局長',
        members: ['各課長'],
        secretariat: '総務課',
      },
    ],
  );
});

test('[R-A8] 「会長には副町長を、委員には各課長を充てる」 with no vice-chair', () => {
  assert.deepEqual(
    seats(`第５条　町に情報化推進協議会（以下「協議会」という。）を置く。
２　協議会は、会長及び委員で構成する。
３　会長には副町長を、委員には各課長及び教育次長を充てる。
４　協議会の事務は、総務課が行う。
`),
    [
      {
        name: '情報化推進協議会',
        chair: '副町長',
        viceChair: undefined,
        members: ['各課長', '教育次長'],
        secretariat: '総務課',
      },
    ],
  );
});

test('[R-A8] members listed in a 別表 whose rows are indented and aligned with full-width spaces', () => {
  assert.deepEqual(
    seats(`第７条　議会の情報セキュリティ対策に関する事項を協議するため、情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会は、別表に掲げる者をもって組織する。
３　委員会の庶務は、議会事務局総務課において処理する。
第８条　この規程に定めるもののほか、必要な事項は、議長が別に定める。
別表（第７条関係）
　委員長　　議会事務局長
　副委員長　議会事務局次長
　委員　　　総務課長、議事課長、議会運営委員会の委員長が指名する議員２人
`),
    [
      {
        name: '情報セキュリティ委員会',
        chair: '議会事務局長',
        viceChair: '議会事務局次長',
        members: ['総務課長', '議事課長', '議会運営委員会の委員長が指名する議員2人'],
        secretariat: '議会事務局総務課',
      },
    ],
  );
});

test('a 別表 of other things (a list of systems) gives a committee no seats', () => {
  const [c] = seats(`第７条　市に情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会は、別表に掲げるシステムの運用を協議する。
第８条　この規程に定めるもののほか、必要な事項は、市長が別に定める。
別表（第７条関係）
　財務会計システム
　文書管理システム
`);
  assert.equal(c?.chair, undefined);
  assert.equal(c?.members, undefined);
});

test('[R-A8] 「ＣＳＩＲＴに責任者を置き、情報政策課長をもって充てる」 heads the team; 責任者 is no role of the body', () => {
  const a =
    analyzePolicy(`第２条　市に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副市長をもって充てる。
第３条　ＣＩＳＯの下に、情報セキュリティインシデント対応チーム（以下「ＣＳＩＲＴ」という。）を置く。
２　ＣＳＩＲＴに責任者を置き、情報政策課長をもって充てる。
３　ＣＳＩＲＴの構成員は、情報政策課の職員のうちからＣＩＳＯが指名する。
`);
  assert.deepEqual(
    a.roles.map((r) => r.name),
    ['CISO'],
  );
  assert.deepEqual(
    a.committees.map((c) => [c.alias, c.chair?.post, c.memberNames]),
    [['CSIRT', '情報政策課長', ['情報政策課の職員']]],
  );
});
