import assert from 'node:assert/strict';
import { test } from 'node:test';
import { providerAssertsMfa } from './mfa.ts';

const cfg = { mfaAmr: ['mfa', 'mca'], mfaAcr: ['gold'] };

test('Entra ID style: amr with mfa waives; a password alone does not', () => {
  assert.equal(providerAssertsMfa({ amr: ['pwd', 'mfa'] }, cfg), true);
  assert.equal(providerAssertsMfa({ amr: ['pwd'] }, cfg), false);
  assert.equal(providerAssertsMfa({}, cfg), false);
  assert.equal(providerAssertsMfa({ amr: 'mfa' }, cfg), false, 'amr must be an array');
});

test('two kinds of factor count; two of one kind do not', () => {
  assert.equal(providerAssertsMfa({ amr: ['pwd', 'otp'] }, cfg), true);
  assert.equal(providerAssertsMfa({ amr: ['hwk', 'pin'] }, cfg), true);
  assert.equal(providerAssertsMfa({ amr: ['otp', 'sms'] }, cfg), false);
  assert.equal(providerAssertsMfa({ amr: ['hwk'] }, cfg), false);
});

test('Keycloak style: an acr value the body lists', () => {
  assert.equal(providerAssertsMfa({ acr: 'gold' }, cfg), true);
  assert.equal(providerAssertsMfa({ acr: 'silver' }, cfg), false);
  assert.equal(providerAssertsMfa({ acr: 'gold' }, { mfaAmr: ['mfa'], mfaAcr: [] }), false);
});
