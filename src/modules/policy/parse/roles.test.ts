/** Roles, tiers, committees and who must act, in the wordings bodies use (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map(
    (r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}|${(r.aliases ?? []).join('・')}`,
  );

test('every appointment form gives the role, its post and its short name', () => {
  const text = `（組織）
第1条 副町長を最高情報セキュリティ責任者（以下「CISO」という。）とする。
2 CISOの下に統括情報セキュリティ責任者を置き、総務課長をもって充てる。
3 情報セキュリティ管理者は、各課の長をもって充てる。
4 情報セキュリティ管理者は、所属の職員のうちから情報セキュリティ推進員を指名する。
5 CISOは、情報セキュリティ監査統括責任者を指名し、監査を行わせる。
6 CISOは、最終決定権限を有する。
（役割と職）
第2条 次の表の左欄に掲げる役割には、同表の右欄に掲げる職にある者を充てる。
情報システム管理者\t情報政策課長
第3条 情報セキュリティ管理者は、統括情報セキュリティ責任者の指揮の下、所属の情報資産を管理しなければならない。
2 情報システム管理者は、統括情報セキュリティ責任者の指示に従い、情報システムを運用しなければならない。
`;
  assert.deepEqual(roles(text), [
    'CISO|副町長|1|最高情報セキュリティ責任者',
    '統括情報セキュリティ責任者|総務課長|2|',
    '情報セキュリティ管理者|課の長|3|',
    '情報セキュリティ推進員||4|',
    // Picked by the CISO for an audit and named nowhere else: no standing role (roles-audit-picked.test.ts).
    '情報システム管理者|情報政策課長|3|',
  ]);
});

test('tiers come from the relations, not from the order of appearance or the names', () => {
  // The 管理者 is introduced first and is called 統括…, yet the text puts it under the 責任者.
  const text = `1 統括管理者は、課長をもって充てる。
2 統括管理者は、情報責任者を補佐する。
3 情報責任者は、部長をもって充てる。
4 情報責任者は、全体を統括する。
`;
  assert.deepEqual(roles(text), ['統括管理者|課長|2|', '情報責任者|部長|1|']);
});

test('committees: chair, vice-chair, members and secretariat, each once', () => {
  const a = analyzePolicy(`（委員会）
第5条 本村に情報セキュリティ委員会（以下「委員会」という。）を置く。
2 委員会は、委員長、副委員長及び委員をもって組織する。
3 委員長は、副村長をもって充て、副委員長は、総務課長をもって充てる。
4 委員は、各課の長をもって充てる。
5 委員会の事務局は、総務課に置く。
`);
  const c = a.committees[0];
  assert.equal(c.name, '情報セキュリティ委員会');
  assert.equal(c.chair?.post, '副村長');
  assert.equal(c.viceChair?.post, '総務課長');
  assert.deepEqual(c.memberNames, ['各課の長']);
  assert.equal(c.secretariat, '総務課');
  assert.equal(a.committees.length, 1);
});

test('who must act: 前項の報告を受けたX, Xにあっては, the previous sentence, unknown — never a silent 職員', () => {
  const a = analyzePolicy(`第1条 町に情報セキュリティ管理者を置き、課長をもって充てる。
第2条 職員等は、事故を発見したときは、情報セキュリティ管理者に報告しなければならない。
2 前項の報告を受けた情報セキュリティ管理者は、速やかに対応しなければならない。記録は、保存するものとする。
3 新たに任用された職員等にあっては、研修を受けなければならない。
4 記録簿は、5年間保存しなければならない。
5 職員等（会計年度任用職員を含む。）は、この規程を遵守しなければならない。
6 情報資産は、許可なく持ち出すことはできない。
第3条 職員等は、次に掲げる行為をしてはならない。
(1) 許可なく情報資産を持ち出すこと。
(2) パスワードを他人に教えないこと。
`);
  const who = (start: string) => {
    const o = a.obligations.find((x) => x.text.startsWith(start));
    return `${o?.modality}|${o?.actors.join('・')}|${o?.actorFrom}`;
  };
  assert.equal(who('前項の報告を受けた'), 'must|情報セキュリティ管理者|subject');
  assert.equal(who('記録は、保存'), 'shall|情報セキュリティ管理者|previous');
  assert.equal(who('新たに任用された'), 'must|職員等|subject');
  assert.equal(who('記録簿は'), 'must||unknown');
  assert.equal(who('職員等(会計年度'), 'must|職員等|subject');
  assert.equal(who('情報資産は、許可なく'), 'must_not||unknown');
  assert.equal(who('許可なく'), 'must_not|職員等|list');
  assert.equal(who('パスワードを'), 'must_not|職員等|list');
});

test('posts from 「Xは、Yとする」, a pool someone picks from, and the first of two offices', () => {
  const text = `第1条 町に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副町長のうちから町長が指名する者をもって充てる。
2 統括情報セキュリティ責任者は、企画財政課長とする。
3 統括情報セキュリティ責任者は、CISOを補佐する。
4 情報セキュリティ責任者は、各支所長及び各出張所長とする。
5 情報セキュリティ責任者は、統括情報セキュリティ責任者の指揮の下、所管の情報資産を管理する。
6 情報資産管理者は、参事のうちからCISOが指名する者とする。
7 情報セキュリティ管理者は、係長及び分室の主任をもって充てる。
8 情報セキュリティ管理者は、情報セキュリティ責任者の指示に従い、係の情報資産を管理する。
9 水道施設課長を、浄水系統の情報システム管理者とし、下水道課長を、その他の系統の情報システム管理者とする。
10 情報システム管理者は、統括情報セキュリティ責任者の指示に従い、系統を運用する。
11 情報システム管理者は、係長が推薦する者を系統担当者として、監視の補助に当たらせる。
`;
  assert.deepEqual(roles(text), [
    'CISO|副町長|1|最高情報セキュリティ責任者',
    '統括情報セキュリティ責任者|企画財政課長|2|',
    '情報セキュリティ責任者|支所長|3|',
    '情報資産管理者|参事|2|',
    '情報セキュリティ管理者|係長|4|',
    '情報システム管理者|水道施設課長|3|',
    '系統担当者||4|',
  ]);
});

test('committees: seats filled in one sentence, a chair picked by a role, teams named by who heads them', () => {
  const a = analyzePolicy(`1 体制
(1) 町に情報セキュリティ総括者を置き、副町長をもって充てる。
(2) 情報管理責任者は、総務課長とする。
(3) 情報管理責任者は、情報セキュリティ総括者を補佐する。
(4) 情報化を推進するため、町情報化推進会議（以下「推進会議」という。）を置く。
(5) 推進会議は、議長、副議長及び委員をもって組織し、議長は情報セキュリティ総括者を、副議長は情報管理責任者をもって充て、委員は各課長をもって充てる。
(6) 推進会議の庶務は、総務課において処理する。
(7) 町に文書管理委員会を置く。
(8) 文書管理委員会の委員長は、情報セキュリティ総括者が指名する参事をもって充てる。
(9) 情報セキュリティ総括者は、情報管理責任者の下に町CSIRTを置く。
(10) 町CSIRTは、情報管理責任者を責任者とし、総務課の職員をもって構成する。
(11) 情報セキュリティ総括者は、情報管理責任者を長とする障害対応チームを設置しなければならない。
`);
  const got = a.committees.map(
    (c) => `${c.name}|${c.chair?.post ?? ''}|${c.viceChair?.post ?? ''}|${(c.memberNames ?? []).join('・')}`,
  );
  assert.deepEqual(got, [
    '町情報化推進会議|情報セキュリティ総括者|情報管理責任者|各課長',
    '文書管理委員会|参事||',
    '町CSIRT|情報管理責任者||総務課の職員',
    '障害対応チーム|情報管理責任者||',
  ]);
});

test('a deeming provision (「…とみなす」) obliges nobody; the duty beside it does', () => {
  const a = analyzePolicy(`1 持出し
(1) 職員は、情報資産を持ち出すときは、課長の許可を得なければならない。
附 則
1 この基準は、令和7年4月1日から施行する。
2 この基準の施行の際現に旧基準による承認を受けている者は、この基準による許可を受けた者とみなす。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.modality}`),
    ['1/(1) must'],
  );
});

test('who must act: a party named at the end of a phrase, and a party or office marked with が', () => {
  const a = analyzePolicy(`1 体制
(1) 情報管理者は、総務課長とする。
2 委託
(1) 庁舎設備の保守事業者は、作業の記録を情報管理者に提出しなければならない。
(2) 清掃を請け負う事業者は、執務室の書類に触れてはならない。
(3) 委託事業者が再委託をするときは、情報管理者の承認を得なければならない。
(4) 契約書の原本は、契約課長が保管し、期間の満了後5年間保存するものとする。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.actors.join('・')}`),
    ['2/(1) 保守事業者', '2/(2) 事業者', '2/(3) 委託事業者', '2/(4) 契約課長'],
  );
});

test('the people a defined staff term gathers act under their own names too (役員は、…)', () => {
  const a = analyzePolicy(`1 定義
(1) 役職員等 公社の役員及び職員（臨時の職員を含む。）をいう。
2 義務
(1) 役職員等は、この要綱を遵守しなければならない。
(2) 役員は、研修を受講するよう努めなければならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.actors.join('・')}`),
    ['2/(1) 役職員等', '2/(2) 役員'],
  );
});

test('acting for another role (「…ときは、Xがその職務を代理する」) is a task of X', () => {
  const a = analyzePolicy(`1 体制
(1) 町に情報総括者を置き、副町長をもって充てる。
(2) 情報管理者は、総務課長とする。
(3) 情報総括者が不在のときは、情報管理者がその職務を代理する。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.modality} ${o.actors.join('・')}`),
    ['1/(3) shall 情報管理者'],
  );
});

test('posts from 「…の中から…が指名する者とする」 and from an office with a qualifier after a short name', () => {
  const text = `第1条 情報セキュリティ総括者（以下「総括者」という。）は、専任の副組合長とする。
2 総括者は、組合の情報セキュリティを統括する。
3 情報システム係員は、企画課の職員の中から総括者が指名する者とする。
4 情報システム係員は、総括者の指示に従い、端末を管理する。
`;
  assert.deepEqual(roles(text), [
    '情報セキュリティ総括者|専任の副組合長|1|総括者',
    '情報システム係員|企画課の職員|2|',
  ]);
});

test('committees: 本部長/副本部長/本部員 seats filled in one sentence, a body named in full under a heading, 「で構成する」 and 「議長はXとし、」', () => {
  const a = analyzePolicy(`（防災情報推進本部）
第１　情報化の重要事項は、山里村防災情報推進本部（以下「本部」という。）において協議する。
２　本部は、本部長、副本部長及び本部員をもって組織し、本部長は村長を、副本部長は教育長を、本部員は各課長をもって充てる。
３　本部の事務局は、企画課に置く。
（対応チーム）
第２　総括者の下に、山里村事故対応チーム（以下「対応チーム」という。）を置く。
２　対応チームは、総括者をチームの長とし、企画課の職員及び税務課の職員で構成する。
（連絡会）
第３　山里村情報連絡会議（以下「連絡会」という。）を置く。
２　連絡会の議長は総括者とし、連絡会の構成員は各課長及び各所長とする。
`);
  const c = a.committees.map((x) => ({
    name: x.name,
    chair: x.chair?.post,
    vice: x.viceChair?.post,
    members: x.memberNames,
    secretariat: x.secretariat,
  }));
  assert.deepEqual(c, [
    {
      name: '山里村事故対応チーム',
      chair: '総括者',
      vice: undefined,
      members: ['企画課の職員', '税務課の職員'],
      secretariat: undefined,
    },
    {
      name: '山里村情報連絡会議',
      chair: '総括者',
      vice: undefined,
      members: ['各課長', '各所長'],
      secretariat: undefined,
    },
    {
      name: '山里村防災情報推進本部',
      chair: '村長',
      vice: '教育長',
      members: ['各課長'],
      secretariat: '企画課',
    },
  ]);
});

test('the people a staff term says it includes (「…を含む。」) act under their own names too', () => {
  const a = analyzePolicy(`1 定義
(1) 職員等 村の職員（県からの出向職員を含む。）をいう。
2 義務
(1) 職員等は、この基準を遵守しなければならない。
(2) 県に戻る出向職員は、知り得た情報を漏らしてはならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.actors.join('・')}`),
    ['2/(1) 職員等', '2/(2) 出向職員'],
  );
});

test('a ② after a 「次に掲げる行為をしてはならない」 list is a 項 of its own and keeps its own modality', () => {
  const a = analyzePolicy(`（禁止）
第１条　職員は、次に掲げる行為をしてはならない。
一　パスワードを他人に教えること。
二　私物の端末で個人情報を扱うこと。
②　課長は、職員から誓約書を提出させなければならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.modality}`),
    ['第1条 must_not', '第1条/一 must_not', '第1条/二 must_not', '第1条/② must'],
  );
});

test('[R-A1][R-A7] a text that names no role gives its duties to offices: those offices are its roles, ranked by the text', () => {
  // A 村's standard written by post only: no 責任者, 管理者 or CISO anywhere.
  const text = `（推進体制）
第3条 村長は、村の情報セキュリティ対策を総括する。
2 総務課長は、村長の命を受け、情報セキュリティ対策を統括しなければならない。
3 各課長は、総務課長の指示に従い、課の情報資産を管理しなければならない。
4 情報係長は、総務課長を補佐する。
（持出し）
第8条 職員は、情報資産を持ち出すときは、各課長の許可を得なければならない。
2 出納室長は、出納の記録を金庫に保管しなければならない。
`;
  assert.deepEqual(roles(text), [
    '村長|村長|1|',
    '総務課長|総務課長|2|',
    '各課長|各課長|3|',
    '情報係長|情報係長|3|',
  ]);
  const a = analyzePolicy(text);
  // The path is the clause that first gives the office its duty; an office outside the organization
  // with an ordinary duty (出納室長) is not a role.
  assert.equal(a.roles.find((r) => r.name === '総務課長')?.path, '第3条/2');
  assert.equal(a.roles.find((r) => r.name === '村長')?.tierReason, '最上位（最終決定権限・総括）');
});

test('an office given authority outside the organization section is a role too; a committee seat is not', () => {
  const text = `（情報セキュリティ連絡会）
第2条 組合に情報セキュリティ連絡会を置き、座長は、事務局長とする。
（権限）
第5条 事務局長は、情報セキュリティ対策に関する最終的な権限を有する。
（管理）
第6条 業務課長は、事務局長の指揮を受け、情報システムを運用する。
`;
  assert.deepEqual(roles(text), ['事務局長|事務局長|1|', '業務課長|業務課長|2|']);
});

test('offices are not made roles where the text appoints roles of its own', () => {
  const text = `（体制）
第3条 情報セキュリティ責任者を置き、副村長をもって充てる。
2 総務課長は、情報セキュリティ責任者を補佐する。
`;
  assert.deepEqual(roles(text), ['情報セキュリティ責任者|副村長|1|']);
});

test('[R-A8] a committee whose seats stand only in a 別表 set out with spaces, one row a single space apart', () => {
  // A 村's 推進会議: the article only refers to the 別表; the rows are aligned with full-width spaces.
  const a = analyzePolicy(`（推進会議）
第6条 村に情報化推進会議（以下「推進会議」という。）を置く。
2 推進会議の組織は、別表に定めるとおりとする。
3 推進会議は、情報セキュリティ対策の推進に関する事項を協議する。
別表（第6条関係）
議長　　　村長
副議長　総務課長
委員　　　各課長、教育次長
事務局　　総務課情報係
`);
  const c = a.committees.find((x) => x.name === '情報化推進会議');
  assert.equal(c?.chair?.post, '村長');
  assert.equal(c?.viceChair?.post, '総務課長');
  assert.deepEqual(c?.memberNames, ['各課長', '教育次長']);
  assert.equal(c?.secretariat, '総務課情報係');
  assert.equal(c?.path, '第6条');
});

test('[R-A8] a 連絡会 set up and composed in one sentence; seats filled 「Aをもって、Bは…をもって充てる」', () => {
  const a = analyzePolicy(`（連絡会）
第7条 組合事務局に情報セキュリティ連絡会（以下「連絡会」という。）を置き、事務局長、総務課長及び業務課長をもって構成する。
2 連絡会の座長は、事務局長とする。
（協議会）
第8条 組合に情報化協議会（以下「協議会」という。）を置く。
2 協議会に会長及び副会長を置き、会長は管理者をもって、副会長は副管理者をもって充てる。
`);
  const liaison = a.committees.find((x) => x.name === '情報セキュリティ連絡会');
  assert.equal(liaison?.alias, '連絡会');
  assert.equal(liaison?.chair?.post, '事務局長');
  assert.deepEqual(liaison?.memberNames, ['事務局長', '総務課長', '業務課長']);
  const council = a.committees.find((x) => x.name === '情報化協議会');
  assert.equal(council?.chair?.post, '管理者');
  assert.equal(council?.viceChair?.post, '副管理者');
});

test('who must act: people of one kind (生徒, 研修医, 来庁者), a group’s representative, staff named by their task', () => {
  const a = analyzePolicy(`1 体制
(1) 情報管理者は、総務課長とする。
2 利用者の遵守事項
(1) 生徒は、他人のパスワードを使用してはならない。
(2) 研修医は、診療録を院外に持ち出してはならない。
(3) 来庁者は、執務室の端末に触れてはならない。
(4) 管理者は、鍵を保管しなければならない。
(5) 各部会の代表者は、会議の資料を回収しなければならない。
(6) 点検を行う職員は、自らの課の端末を点検してはならない。
(7) 窓口業務を担当する職員は、申請書を施錠できる書庫に保管しなければならない。
(8) 情報資産を廃棄する職員は、記録を残さなければならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.actors.join('・')}`),
    [
      '2/(1) 生徒',
      '2/(2) 研修医',
      '2/(3) 来庁者',
      // A role's word that the text never appoints is not a kind of people: the reviewer is asked.
      '2/(4) ',
      '2/(5) 各部会の代表者',
      '2/(6) 点検を行う職員',
      '2/(7) 窓口業務を担当する職員',
      // What the staff do with the information does not narrow them: they are the staff.
      '2/(8) 職員',
    ],
  );
});

test('who must act: the doer of the main clause after a condition, not a が that describes a thing', () => {
  const a = analyzePolicy(`1 体制
(1) 情報管理者は、総務課長とする。
(2) 情報責任者は、副村長とする。
2 許可
(1) 許可の申請者が情報管理者であるときは、情報責任者が許可を行うものとする。
(2) 職員は、次に掲げる行為をしてはならない。
ア 情報管理者が設定した端末の暗号化を解除すること。
`);
  const actors = (path: string) => a.obligations.find((o) => o.path === path)?.actors;
  assert.deepEqual(actors('2/(1)'), ['情報責任者']);
  assert.deepEqual(actors('2/(2)/ア'), ['職員']);
});

test('[R-A1] an 一部事務組合 that names no role: its 管理者, 副管理者 and offices are the roles, each held by the office', () => {
  const a = analyzePolicy(`（体制）
第3条 管理者は、組合の情報セキュリティ対策を総括する。
2 副管理者は、管理者を補佐する。
3 事務局長は、管理者の命を受け、事務局の情報セキュリティ対策を統括する。
4 総務課長は、事務局長の指示に従い、情報システムを管理しなければならない。
（持出し）
第7条 職員は、情報資産を持ち出すときは、総務課長の許可を得なければならない。
`);
  assert.deepEqual(a.roles.map((r) => `${r.name}|${r.post}|${r.tier}`).sort(), [
    '事務局長|事務局長|2',
    '副管理者|副管理者|2',
    '管理者|管理者|1',
    '総務課長|総務課長|3',
  ]);
  // An office holds its duties by itself: no role is reported as never appointed.
  assert.equal(a.roles.filter((r) => r.unappointed).length, 0);
  assert.deepEqual(a.obligations.find((o) => o.path === '第7条')?.approver, ['総務課長']);
});

test('[R-A1] an assembly that names no role: 「統理」 is the head’s final authority, an office’s short name is its alias', () => {
  const a = analyzePolicy(`（推進体制）
第2条 議長は、議会の情報セキュリティに関する事務を統理する。
2 議会事務局長（以下「局長」という。）は、議長の命を受け、事務局の情報セキュリティ対策を掌理する。
3 庶務係長は、局長の指示に従い、端末を管理しなければならない。
（持出し）
第7条 職員は、情報資産を持ち出すときは、局長の許可を得なければならない。
`);
  assert.deepEqual(
    a.roles.map((r) => `${r.name}|${r.post}|${r.tier}|${(r.aliases ?? []).join('・')}`),
    ['議長|議長|1|', '議会事務局長|議会事務局長|2|局長', '庶務係長|庶務係長|3|'],
  );
  assert.equal(a.roles[0].tierReason, '最上位（最終決定権限・総括）');
  assert.deepEqual(a.obligations.find((o) => o.path === '第7条')?.approver, ['議会事務局長']);
});

test('an office that is a role is named with its unit in front (議会事務局長) without being taken for a typo', () => {
  const a = analyzePolicy(`（体制）
第1条 議長は、議会の情報セキュリティ対策を総括する。
2 事務局長は、議長の命を受け、対策を統括する。
（持出し）
第2条 職員は、情報資産を持ち出すときは、議会事務局長の許可を得なければならない。
`);
  assert.deepEqual(a.obligations.find((o) => o.path === '第2条')?.approver, ['事務局長']);
  assert.deepEqual(
    a.warningDetails.filter((w) => w.code === 'policy.role_typo' || w.code === 'policy.role_undefined'),
    [],
  );
});

test('who must act: an office acting as a role whose short name is given on the way; a が before 「…する」 that is still the doer', () => {
  const a = analyzePolicy(`1 体制
(1) 企画課長は、情報化推進管理者（以下「推進管理者」という。）として、情報システムの運用を統括しなければならない。
(2) 事故の公表は、推進管理者が関係する課の長と協議して行うものとする。
`);
  const actors = (path: string) => a.obligations.find((o) => o.path === path)?.actors;
  assert.deepEqual(actors('1/(1)'), ['情報化推進管理者']);
  assert.deepEqual(actors('1/(2)'), ['情報化推進管理者']);
});

test('[R-A7] a school that names no role: 校長, 教頭, 主任 and 主査 are its roles, ranked by 補佐 and 指示に従い', () => {
  const a = analyzePolicy(`1 目的
この要領は、学校の情報資産を守るため必要な事項を定める。
2 校内の体制
(1) 校長は、学校における情報セキュリティ対策を総括する。
(2) 教頭は、校長を補佐し、教職員への指導を行う。
(3) 情報主任は、教頭の指示に従い、校内の端末を管理しなければならない。
(4) 事務主査は、教頭の指示に従い、校務用の端末の台帳を整備しなければならない。
3 持出し
(1) 教職員は、成績情報を持ち出すときは、校長の許可を得なければならない。
`);
  assert.deepEqual(
    a.roles.map((r) => `${r.name}|${r.post}|${r.tier}`),
    ['校長|校長|1', '教頭|教頭|2', '情報主任|情報主任|3', '事務主査|事務主査|3'],
  );
});

test('[R-A1] offices are the roles where the only role the text names is one an office designates', () => {
  const a = analyzePolicy(`（体制）
第3条 議長は、議会の情報セキュリティ対策を総括する。
2 事務局長は、議長の命を受け、事務局の情報セキュリティ対策を統括する。
3 事務局長は、事務局の職員のうちから情報システム担当者を指名する。
4 情報システム担当者は、事務局長の指示に従い、端末を管理しなければならない。
`);
  assert.deepEqual(
    a.roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier}|${r.appointedBy ?? ''}`),
    ['情報システム担当者||3|事務局長', '議長|議長|1|', '事務局長|事務局長|2|'],
  );
});

test('[R-A8] a committee’s 事務局 or 庶務 is read whichever way round the text names the unit', () => {
  const a = analyzePolicy(`（委員会）
第5条 組合に情報セキュリティ委員会（以下「委員会」という。）を置く。
2 委員会の事務局を総務課内に置く。
（推進会議）
第6条 組合に情報化推進会議（以下「推進会議」という。）を置く。
2 企画課は、推進会議の庶務を処理する。
`);
  assert.deepEqual(
    a.committees.map((c) => `${c.name}|${c.secretariat ?? ''}`),
    ['情報セキュリティ委員会|総務課', '情報化推進会議|企画課'],
  );
});

test('[R-A7] offices that are roles and that the text relates to nobody rank by the office (係長 below 事務局長)', () => {
  const a = analyzePolicy(`（体制）
第3条 議長は、議会の情報セキュリティ対策を総括する。
2 事務局長は、事務局の情報資産を管理する。
3 庶務係長は、端末の台帳を整備しなければならない。
`);
  assert.deepEqual(
    a.roles.map((r) => `${r.name}|${r.tier}`),
    ['議長|1', '事務局長|2', '庶務係長|3'],
  );
  assert.equal(a.roles[2].tierReason, '充て職の職位（庶務係長 は 事務局長 の下）');
});

test('[R-A1] the head of an 一部事務組合 with the final authority is the top even where other roles are appointed by name', () => {
  const text = `（企業長）
第３条　企業長は、企業団における情報セキュリティに関する最終的な権限及び責任を有する。
（統括責任者）
第４条　企業団に情報セキュリティ統括責任者（以下「統括責任者」という。）を置き、事務局長をもって充てる。
２　統括責任者は、企業長の命を受け、情報セキュリティ対策に関する事務を統括する。
（情報管理責任者）
第５条　各課に情報管理責任者を置き、各課の長をもって充てる。
２　情報管理責任者は、統括責任者の指揮を受け、所属の情報資産を管理しなければならない。
`;
  assert.deepEqual(roles(text), [
    '企業長|企業長|1|',
    '情報セキュリティ統括責任者|事務局長|2|統括責任者',
    '情報管理責任者|課の長|3|',
  ]);
});

test('[R-A7] offices named only by post: an office whose permission is required is a role, and ranks beside the office it is a kind of', () => {
  const text = `１　体制
（１）事務局長は、組合の情報セキュリティ対策を総括する。
（２）総務課長は、事務局長の命を受け、対策の実施を統括する。
（３）課長は、総務課長の指示に従い、所属の対策を実施しなければならない。
（４）係長は、所属する課の課長の指示に従い、係の情報資産を管理しなければならない。
２　情報資産の取扱い
（１）職員は、情報資産を持ち出すときは、給付管理課長の許可を得なければならない。
（２）給付管理課長は、持出簿を毎月点検しなければならない。
`;
  assert.deepEqual(roles(text), [
    '事務局長|事務局長|1|',
    '総務課長|総務課長|2|',
    '課長|課長|3|',
    '係長|係長|4|',
    '給付管理課長|給付管理課長|3|',
  ]);
  // 「所属する課の課長の指示に従い」: the 課長 is read after the kana in front of it.
  const kakari = analyzePolicy(text).roles.find((r) => r.name === '係長');
  assert.match(kakari?.tierReason ?? '', /「課長」の指示に従い/);
});

test('[R-A1] an office heading its own clause with a duty is a role beside roles appointed by name; one that fills a role is not', () => {
  const text = `２　体制
（１）理事長
理事長は、協会における情報セキュリティ対策を総括する。
（２）情報セキュリティ統括者
総務部長を情報セキュリティ統括者とする。情報セキュリティ統括者は、理事長の命を受け、対策に関する事務を掌理する。
（３）課長
総務課長を情報セキュリティ担当者とする。情報セキュリティ担当者は、情報セキュリティ統括者の指示に従い、端末を管理する。
（４）次長
総務部次長は、情報セキュリティ統括者を補佐し、その職務を代理する。
`;
  assert.deepEqual(roles(text), [
    '理事長|理事長|1|',
    '情報セキュリティ統括者|総務部長|2|',
    '情報セキュリティ担当者|総務課長|3|',
    '総務部次長|総務部次長|3|',
  ]);
});

test('「A及びBをXとする」: the first of two offices is the post', () => {
  const text = `（体制）
第2条 副市長を情報セキュリティ責任者とする。
2 総務部総務課長及び企画課長を情報セキュリティ管理者とする。
3 情報セキュリティ管理者は、情報セキュリティ責任者の指示に従い、所管する課の情報資産を管理する。
`;
  assert.deepEqual(roles(text), [
    '情報セキュリティ責任者|副市長|1|',
    '情報セキュリティ管理者|総務部総務課長|2|',
  ]);
});

test('a role picked by another (「…を行う者をXとし、Yが指名する」); a role filled by an office of a placed rank stands beside it', () => {
  const text = `（体制）
第2条 町に情報セキュリティ責任者を置き、副町長をもって充てる。
2 情報セキュリティ責任者は、最終決定権限を有する。
3 各部に情報セキュリティ統括者を置き、部長をもって充てる。
4 情報セキュリティ統括者は、情報セキュリティ責任者の指示に従い、部の対策を統括する。
5 各課に情報セキュリティ管理者を置き、課長をもって充てる。
6 情報セキュリティ管理者は、情報セキュリティ統括者の指示に従い、課の対策を実施する。
7 情報システムを所管する課の課長を情報システム管理者とする。
8 情報システム管理者の指示に従い、端末の設定を行う者を情報システム担当者とし、情報システム管理者が指名する。
`;
  assert.deepEqual(roles(text), [
    '情報セキュリティ責任者|副町長|1|',
    '情報セキュリティ統括者|部長|2|',
    '情報セキュリティ管理者|課長|3|',
    '情報システム管理者|情報システムを所管する課の課長|3|',
    '情報システム担当者||4|',
  ]);
});

test('「…に Xを置き、それぞれA、B及びCをもって充てる」: one office per unit, the first is the post', () => {
  const text = `（体制）
第2条 病院に情報セキュリティ責任者を置き、院長をもって充てる。
2 診療部、看護部及び事務局に部門情報セキュリティ管理者を置き、それぞれ診療部長、看護部長及び事務局次長をもって充てる。
3 部門情報セキュリティ管理者は、情報セキュリティ責任者の指示に従い、部門の対策を実施する。
`;
  assert.deepEqual(roles(text), ['情報セキュリティ責任者|院長|1|', '部門情報セキュリティ管理者|診療部長|2|']);
});

test('people a staff term gathers (「…に従事する派遣労働者（以下「職員」という。）」) are not a role', () => {
  const text = `（適用範囲）
第1条 この基準は、事務局の職員及び業務に従事する派遣労働者（以下「職員」という。）に適用する。
（体制）
第2条 事務局長を情報セキュリティ責任者とする。
`;
  assert.deepEqual(roles(text), ['情報セキュリティ責任者|事務局長|1|']);
});

test('who must act: 「何人も、…してはならない」 binds anyone, not the role named in the sentence before', () => {
  const a = analyzePolicy(`1 体制
(1) 情報管理者は、総務課長とする。
2 サーバ室
(1) 情報管理者は、サーバを施錠できる室に設置しなければならない。何人も、情報管理者の許可なく、サーバ室に入室してはならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => `${o.path} ${o.actors.join('・')}|${o.actorFrom}`),
    ['2/(1) 情報管理者|subject', '2/(1) |unknown'],
  );
});
