/**
 * A box-drawn grid of two axes (rows 機密性高/中/低, columns 完全性高/中/低, cells the measures) gives both axes
 * their levels; a table of one axis with its levels across the top stays one axis.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const GRID = `第１条　情報資産は、機密性（高・中・低）及び完全性（高・中・低）の組合せにより、次の表のとおり分類する。
┌──────┬──────┬──────┬──────┐
│機密性＼完全性│完全性高　　│完全性中　　│完全性低　　│
├──────┼──────┼──────┼──────┤
│機密性高　　　│暗号化・署名│暗号化　　　│施錠保管　　│
├──────┼──────┼──────┼──────┤
│機密性中　　　│署名・記録　│記録　　　　│アクセス制限│
├──────┼──────┼──────┼──────┤
│機密性低　　　│署名　　　　│なし　　　　│なし　　　　│
└──────┴──────┴──────┴──────┘
第２条　職員は、完全性高の情報資産を変更するときは、記録を残さなければならない。
`;

const ONE = `第１条　情報資産は、その機密性に応じ、次の表のとおり分類する。
┌──────┬──────┬──────┐
│区分　　　　　│定義　　　　│取扱い　　　│
├──────┼──────┼──────┤
│機密性高　　　│個人情報　　│施錠保管　　│
├──────┼──────┼──────┤
│機密性中　　　│非公開情報　│アクセス制限│
├──────┼──────┼──────┤
│機密性低　　　│公開情報　　│なし　　　　│
└──────┴──────┴──────┘
第２条　職員は、機密性高の情報資産を施錠して保管しなければならない。
`;

const named = (text: string) =>
  analyzePolicy(text).classification?.levels.map((l) => `${l.axis}:${l.label}`) ?? [];

test('a grid of two axes gives each axis its levels', () => {
  assert.deepEqual(analyzePolicy(GRID).classification?.axes, ['機密性', '完全性']);
  assert.deepEqual(named(GRID), [
    '機密性:機密性高',
    '機密性:機密性中',
    '機密性:機密性低',
    '完全性:完全性高',
    '完全性:完全性中',
    '完全性:完全性低',
  ]);
});

test('a table of one axis whose header names no levels stays one axis', () => {
  assert.deepEqual(named(ONE), ['機密性:機密性高', '機密性:機密性中', '機密性:機密性低']);
});
