/** Sentences that are duties though they read like statements (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const duties = (text: string) => analyzePolicy(text).obligations.map((o) => `${o.modality}|${o.text}`);

test("acting for part of another role's duties (「その職務のうち…に係るものを代理する」) is a task", () => {
  const got = duties(`1 体制
(1) 組合に総括責任者を置き、管理者をもって充てる。
(2) 組合に情報管理者を置き、事務局長をもって充てる。
(3) 情報管理者は、総括責任者に事故があるときは、その職務のうち事務局に係るものを代理する。
`);
  assert.ok(
    got.includes(
      'shall|情報管理者は、総括責任者に事故があるときは、その職務のうち事務局に係るものを代理する。',
    ),
  );
});

test('「この方針は、公表するものとする」 is a duty; 「この方針は、…を定めるものとする」 speaks about itself', () => {
  const got = duties(`第1条 この方針は、町の情報資産を守るために必要な事項を定めるものとする。
第2条 職員は、この方針を遵守しなければならない。
第3条 この方針は、公表するものとする。
`);
  assert.deepEqual(got, [
    'must|職員は、この方針を遵守しなければならない。',
    'shall|この方針は、公表するものとする。',
  ]);
});

test('two clauses in one sentence, the first a rule (「…分類し、…は、…とおりとする」); a first clause that appoints is none', () => {
  const got = duties(`1 分類
(1) 文書は、重要度に応じて次の表のとおり分類し、複製の許可をする者は、同表に定めるとおりとする。
(2) 課長は、職員のうちから担当者を指名し、担当者は、台帳を管理するものとする。
(3) 課長は、担当者を指名し、担当者の氏名は、名簿に記載したとおりとする。
`);
  assert.deepEqual(got, [
    'shall|文書は、重要度に応じて次の表のとおり分類し、複製の許可をする者は、同表に定めるとおりとする。',
    'shall|課長は、職員のうちから担当者を指名し、担当者は、台帳を管理するものとする。',
  ]);
});

test('[R-E1] who must act: a narrower group of staff stays as written, an office acting as a role is the role, items of items keep the lead’s subject', () => {
  const a = analyzePolicy(`第２条　町に情報セキュリティ統括者を置き、副町長をもって充てる。
第３条　職員は、この規程を遵守しなければならない。
２　臨時任用職員は、任用の際に、誓約書を提出しなければならない。
３　構成町村の職員は、共同システムの端末を私的に利用してはならない。
４　当該職員は、その結果を報告しなければならない。
第４条　施設課長は、監視システム管理者として、情報セキュリティ統括者の指示に従い、監視システムを運用しなければならない。
第５条　職員は、次に掲げる事項を守らなければならない。
（１）　端末を施錠すること。
（２）　認証情報を適切に管理すること。
ア　自己のＩＤを他人に使わせないこと。
イ　パスワードを書き留めないこと。
`);
  const actors = (starts: string) => a.obligations.find((o) => o.text.startsWith(starts))?.actors;
  assert.deepEqual(actors('臨時任用職員は'), ['臨時任用職員']);
  assert.deepEqual(actors('構成町村の職員は'), ['構成町村の職員']);
  assert.deepEqual(actors('当該職員は'), ['職員']);
  assert.deepEqual(actors('施設課長は'), ['監視システム管理者']);
  assert.deepEqual(actors('自己のID'), ['職員']);
  assert.deepEqual(actors('パスワードを書き留めない'), ['職員']);
});

test('[R-E1] no duty: a chair elected by the members, a post held concurrently, an appointment by 委嘱, the body stating what it does', () => {
  const got =
    duties(`第２条　町に情報セキュリティ推進者（以下「推進者」という。）を置き、その職は、総務課長が兼務する。
２　情報セキュリティ顧問者は、推進者が外部の専門家のうちから委嘱する。
第３条　委員会の委員長は、委員の互選によりこれを定める。
第４条　本町は、次に掲げる対策を講ずる。
第５条　推進本部は、対策の進捗を管理する。
`);
  assert.deepEqual(got, ['shall|推進本部は、対策の進捗を管理する。']);
});

test('[R-E1] people of one kind as the subject stay as written (研修生, 看護師), seats do not', () => {
  const a = analyzePolicy(`（利用者の責務）
第３条　利用者は、この方針を遵守しなければならない。
２　研修生は、指導者の指示に従って端末を利用しなければならない。
３　看護師は、患者の記録を放置してはならない。
４　前項の規定にかかわらず、研修生は、指導者の許可を得て記録を閲覧することができる。
`);
  const actors = (starts: string) => a.obligations.find((o) => o.text.startsWith(starts))?.actors;
  assert.deepEqual(actors('研修生は'), ['研修生']);
  assert.deepEqual(actors('看護師は'), ['看護師']);
  assert.deepEqual(actors('前項の規定にかかわらず'), ['研修生']);
});

test('an item 「…対策を定めること」 under 「次に掲げる措置を講じなければならない」 is a duty; 「…に定めること」 lists a content', () => {
  const got = duties(`1 事故への対応
(1) 管理者は、事故の報告を受けたときは、次に掲げる措置を講じなければならない。
ア 被害の拡大を防止すること。
イ 事故の原因を調べ、再発を防ぐ手順を定めること。
(2) 計画には、次に掲げる事項を記載しなければならない。
ア 連絡の手順に関すること。
イ 別に定めること。
`);
  assert.ok(got.includes('must|事故の原因を調べ、再発を防ぐ手順を定めること。'), got.join('\n'));
  assert.ok(!got.some((g) => g.endsWith('|別に定めること。')), got.join('\n'));
});

test('[R-E1] duties written in です・ます: 「…なければなりません」 must, 「…てはなりません」 must_not, 「努めなければなりません」 endeavor', () => {
  assert.deepEqual(
    duties(`３　職員の皆さんへ
（１）　職員は、配布された手順書を読み、その内容を守らなければなりません。
（２）　職員は、業務の端末に私物の記録媒体をつないではなりません。
（３）　職員は、新しい手口の情報に日頃から注意するよう努めなければなりません。
（４）　不審な電話を受けたときは、窓口にご連絡ください。
`),
    [
      'must|職員は、配布された手順書を読み、その内容を守らなければなりません。',
      'must_not|職員は、業務の端末に私物の記録媒体をつないではなりません。',
      'endeavor|職員は、新しい手口の情報に日頃から注意するよう努めなければなりません。',
    ],
  );
});
