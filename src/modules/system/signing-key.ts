/**
 * The Ed25519 key that signs audit checkpoints and exports. It lives outside the database, so that
 * someone who can rewrite the database cannot sign what they wrote: MAMORI_SIGNING_KEY (a PEM key or the
 * path of a file holding one), or `signing-key.pem` in DATA_DIR, created with mode 0600 at first start.
 * Public keys of former keys stay trusted for what they signed (`signing-keys-retired.pem` beside it).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { consoleLine } from '../../i18n/console.ts';

export const SIGNING_KEY_FILE = 'signing-key.pem';
export const RETIRED_KEYS_FILE = 'signing-keys-retired.pem';

export interface SigningKey {
  privatePem: string;
  publicPem: string;
  /** SHA-256 of the public key (SPKI DER), first 32 hex digits. */
  fingerprint: string;
  /** Where the key came from, for the operator (never the key itself). */
  source: string;
  /** Public keys whose signatures verify: this key's and retired ones'. */
  trustedPublicPems: string[];
}

/** A setting or file that does not hold a usable key, explained in Japanese and English. */
export class SigningKeyError extends Error {}

/** The fingerprint of a public key, as shown by exports and checkpoints. */
export function fingerprintOf(publicPem: string | KeyObject): string {
  const key = typeof publicPem === 'string' ? createPublicKey(publicPem) : publicPem;
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);
}

function parsePrivate(pem: string, where: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(consoleLine('signing_key.not_pem', { where }));
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError(
      consoleLine('signing_key.not_ed25519', { where, type: String(key.asymmetricKeyType) }),
    );
  return key;
}

function newKeyFile(file: string): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': two instances starting at once on one data directory keep the first key.
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/** Public keys that are no longer used to sign but still verify what they signed. */
export function retiredPublicPems(dataDir: string): string[] {
  const file = path.join(dataDir, RETIRED_KEYS_FILE);
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  return text.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----\n?/g) ?? [];
}

/** Keeps a former key's public half, so what it signed (old exports, checkpoints) still verifies. */
export function retirePublicKey(dataDir: string, publicPem: string): void {
  if (retiredPublicPems(dataDir).some((p) => fingerprintOf(p) === fingerprintOf(publicPem))) return;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.appendFileSync(
    path.join(dataDir, RETIRED_KEYS_FILE),
    publicPem.endsWith('\n') ? publicPem : `${publicPem}\n`,
    {
      mode: 0o644,
    },
  );
}

/**
 * Loads the signing key from MAMORI_SIGNING_KEY or DATA_DIR, creating the file on first start (unless
 * `create` is false: tools that only verify get null when there is no key).
 */
export function loadSigningKey(opts: {
  setting: string | undefined;
  dataDir: string;
  create: false;
}): SigningKey | null;
export function loadSigningKey(opts: {
  setting: string | undefined;
  dataDir: string;
  create?: true;
}): SigningKey;
export function loadSigningKey(opts: {
  setting: string | undefined;
  dataDir: string;
  create?: boolean;
}): SigningKey | null {
  let pem: string;
  let source: string;
  const setting = opts.setting?.trim();
  if (setting?.startsWith('-----BEGIN')) {
    // An environment variable may carry the PEM with "\n" written out.
    pem = setting.replace(/\\n/g, '\n');
    source = 'MAMORI_SIGNING_KEY';
  } else {
    const file = setting ? path.resolve(setting) : path.join(opts.dataDir, SIGNING_KEY_FILE);
    if (!setting && !fs.existsSync(file)) {
      if (opts.create === false) return null;
      newKeyFile(file);
    }
    try {
      pem = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new SigningKeyError(
        `${consoleLine('signing_key.unreadable', { file })}: ${(e as NodeJS.ErrnoException).code ?? e}`,
      );
    }
    source = file;
  }
  const key = parsePrivate(pem, source);
  const publicPem = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  return {
    privatePem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem,
    fingerprint: fingerprintOf(publicPem),
    source,
    trustedPublicPems: [publicPem, ...retiredPublicPems(opts.dataDir)],
  };
}
