/**
 * Several roles set up in one sentence: 「部にXを、課にYを置き、それぞれ部長及び課長をもって充てる」 pairs the roles and the
 * offices in order; 「X及びYを置き、いずれも総務部長をもって充てる」 fills each with the one office.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  analyzePolicy(text)
    .roles.map((r) => `${r.name}|${r.post ?? ''}`)
    .sort();

const tail = '２　情報保全管理者は、情報保全責任者の指示に従う。\n';

test('「それぞれ」: roles and offices paired in order', () => {
  assert.deepEqual(
    posts(
      `第１条　部に情報保全責任者を、課に情報保全管理者を置き、それぞれ部長及び課長をもって充てる。\n${tail}`,
    ),
    ['情報保全管理者|課長', '情報保全責任者|部長'],
  );
  assert.deepEqual(
    posts(
      `第１条　本町に情報保全責任者及び情報保全管理者を置き、それぞれ副町長、総務課長をもって充てる。\n${tail}`,
    ),
    ['情報保全管理者|総務課長', '情報保全責任者|副町長'],
  );
});

test('「いずれも」: one office fills each role', () => {
  assert.deepEqual(
    posts(`第１条　本町に情報保全責任者及び情報保全管理者を置き、いずれも総務課長をもって充てる。\n${tail}`),
    ['情報保全管理者|総務課長', '情報保全責任者|総務課長'],
  );
});

test('negative: counts that do not pair leave the roles to the other forms', () => {
  const got = posts(
    `第１条　部に情報保全責任者を、課に情報保全管理者を置き、それぞれ部長をもって充てる。\n${tail}`,
  );
  assert.ok(!got.includes('情報保全管理者|部長') || !got.includes('情報保全責任者|部長'), got.join(' '));
});
