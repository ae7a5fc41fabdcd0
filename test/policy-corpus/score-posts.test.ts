/** The scorer's post comparison: the two ways the sets label one appointment count as the same post. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathNorm, sameBody, samePost } from '../../src/modules/policy/fixtures/score.ts';

test('offices joined by 及び as written and the first of them are the same post', () => {
  assert.ok(samePost('課長', '各課長及び各署長'));
  assert.ok(samePost('各課長及び各署長', '課長'));
  assert.ok(samePost('診療部長、看護部長及び事務局次長', '診療部長'));
  assert.ok(!samePost('看護部長', '診療部長、看護部長及び事務局次長'), 'only the first office');
  assert.ok(!samePost('課長及び係長', '課長及び署長'), 'two lists must agree');
});

test('an office with or without the unit written before it is the same post', () => {
  assert.ok(samePost('議会事務局総務課長', '総務課長'));
  assert.ok(samePost('電算管理係長', '総務課電算管理係長'));
  assert.ok(samePost('情報政策課長', '総務部情報政策課長'));
  assert.ok(!samePost('課長', '総務課長'), 'a bare 課長 is not a named one');
  assert.ok(!samePost('副町長', '町長'), 'a different office');
  assert.ok(!samePost('事務局長', '局長'));
  assert.ok(!samePost('総務課長', '企画課長'));
});

test('a role that is an office itself has its own name as its post or none', () => {
  assert.ok(samePost('校長', undefined, '校長'));
  assert.ok(samePost(undefined, '理事長', '理事長'));
  assert.ok(!samePost('教頭', undefined, '校長'), 'another office is a post of its own');
  assert.ok(!samePost('校長', undefined), 'no role named');
});

test('an office with or without 当該 or a unit named only by its kind in front is the same post', () => {
  assert.ok(samePost('当該情報システムを所管する所属長', '情報システムを所管する所属長'));
  assert.ok(samePost('各課の係長', '係長'));
  assert.ok(samePost('事務局の各課長', '各課長'));
  assert.ok(samePost('課等の係長', '係長'));
  assert.ok(!samePost('総務課の係長', '主任'), 'another office');
  assert.ok(!samePost('課長', '総務課長'), 'a named unit is still not a bare one');
});

test('a holder named by who picks them is that or no post', () => {
  assert.ok(samePost('所属長が指名する職員', undefined));
  assert.ok(samePost(undefined, '学校長が指名する教職員'));
  assert.ok(!samePost('所属長', undefined), 'an office is a post');
  assert.ok(!samePost('所属長が指名する職員', '係長'), 'an office named is another post');
});

test('an office with who picks its holder written in front is that office', () => {
  assert.ok(samePost('学長が指名する副学長', '副学長'));
  assert.ok(samePost('係長', '情報セキュリティ管理者が指名する係長'));
  assert.ok(!samePost('学長が指名する副学長', '学長'), 'the picker is not the post');
  assert.ok(!samePost('所属長が指名する職員', '職員'), 'staff picked are no office');
});

test('a committee or a unit is the same with or without the body or unit above it written in front', () => {
  assert.ok(sameBody('鴇ヶ丘市情報セキュリティ委員会', '情報セキュリティ委員会'));
  assert.ok(sameBody('総務部情報政策課', '情報政策課'));
  assert.ok(sameBody('議会事務局総務課', '総務課'));
  assert.ok(!sameBody('情報セキュリティ委員会', '委員会'), 'a bare kind of body is no name');
  assert.ok(!sameBody('情報政策課', '政策課'), 'part of a name is not a unit above it');
  assert.ok(!sameBody('', ''));
});

test('an article names its clause with or without the chapter, section and subsection above it', () => {
  assert.equal(pathNorm('第2章/第1節/第14条/2'), '第14条/2');
  assert.equal(pathNorm('第14条/2'), '第14条/2');
  assert.equal(pathNorm('第三章/第十二条の二/(1)'), '第十二条の二/(1)');
  assert.equal(pathNorm('第2章'), '第2章');
  assert.equal(pathNorm('第2編/第1章/第1条/2'), '第2編/第1条/2');
  assert.notEqual(pathNorm('第1編/第1条'), pathNorm('第2編/第1章/第1条'));
  assert.equal(pathNorm('2/2-4/(1)'), '2/2-4/(1)');
  assert.equal(pathNorm('附則/2'), '附則/2');
});
