import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDn, parseDn, unitFromDn } from './dn.ts';

test('a DN splits into RDNs with escapes read', () => {
  assert.deepEqual(parseDn('CN=Tanaka\\, Taro,OU=Users,DC=city,DC=lg,DC=jp').slice(0, 2), [
    { type: 'cn', value: 'Tanaka, Taro' },
    { type: 'ou', value: 'Users' },
  ]);
  // Hex escapes of UTF-8 (some servers send Japanese this way).
  assert.equal(parseDn('ou=\\E5\\B8\\82\\E6\\B0\\91\\E8\\AA\\B2,dc=x')[0].value, '市民課');
  assert.equal(normalizeDn('CN=A,OU=B, DC=X'), normalizeDn('cn=a,ou=b,dc=x'));
});

test('the unit is the nearest OU below the search base', () => {
  const base = 'ou=people,dc=example,dc=lg,dc=jp';
  assert.equal(
    unitFromDn('uid=t,ou=情報政策課,ou=総務部,ou=people,dc=example,dc=lg,dc=jp', base),
    '情報政策課',
  );
  assert.equal(unitFromDn('uid=t,ou=people,dc=example,dc=lg,dc=jp', base), null);
  assert.equal(unitFromDn('CN=T,OU=市民課,DC=city,DC=local', 'DC=city,DC=local'), '市民課');
});
