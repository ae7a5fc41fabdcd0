import type {
  AuthenticationResponseJSON,
  RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { rowsWhere, rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';

// Loaded on first use: few people register a security key, and the library costs ~200 ms at start.
const simpleWebAuthn = () => import('@simplewebauthn/server');

/** The relying party: PUBLIC_ORIGIN when set, else the origin the browser used (same-origin only). */
export function relyingParty(
  req: FastifyRequest,
  publicOrigin: string | undefined,
): { origin: string; rpID: string } {
  const origin = publicOrigin ?? `${req.protocol}://${req.headers.host}`;
  return { origin, rpID: new URL(origin).hostname };
}

async function saveChallenge(db: Kysely<DB>, sessionId: string, challenge: string): Promise<void> {
  await db.updateTable('sessions').set({ challenge }).where('id', '=', sessionId).execute();
}

async function takeChallenge(db: Kysely<DB>, sessionId: string): Promise<string> {
  const row = await rowWhere(db, 'sessions', { id: sessionId }, ['challenge']);
  if (!row?.challenge) throw new AppError('auth.webauthn_failed', 400);
  // Compare and set: of two requests with one challenge, only one takes it.
  const taken = await db
    .updateTable('sessions')
    .set({ challenge: null })
    .where('id', '=', sessionId)
    .where('challenge', '=', row.challenge)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw new AppError('auth.webauthn_failed', 400);
  return row.challenge;
}

/** Options for registering a new security key or passkey. */
export async function registrationOptions(db: Kysely<DB>, auth: AuthContext, rp: { rpID: string }) {
  const existing = await rowsWhere(db, 'webauthn_credentials', { user_id: auth.userId }, [
    'credential_id',
    'transports',
  ]);
  const options = await (await simpleWebAuthn()).generateRegistrationOptions({
    rpName: 'mamori',
    rpID: rp.rpID,
    userName: auth.loginId,
    userDisplayName: auth.displayName,
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.credential_id })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await saveChallenge(db, auth.sessionId, options.challenge);
  return options;
}

/** Verifies a registration and stores the credential. */
export async function verifyRegistration(
  trx: Kysely<DB>,
  auth: AuthContext,
  rp: { origin: string; rpID: string },
  response: RegistrationResponseJSON,
  label: string,
): Promise<void> {
  const expectedChallenge = await takeChallenge(trx, auth.sessionId);
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await (await simpleWebAuthn()).verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
  } catch {
    throw new AppError('auth.webauthn_failed', 400);
  }
  if (!result.verified) throw new AppError('auth.webauthn_failed', 400);
  const cred = result.registrationInfo.credential;
  await trx
    .insertInto('webauthn_credentials')
    .values({
      id: newId(),
      organization_id: auth.homeOrganizationId,
      user_id: auth.userId,
      credential_id: cred.id,
      public_key: Buffer.from(cred.publicKey).toString('base64url'),
      counter: cred.counter,
      transports: cred.transports ? JSON.stringify(cred.transports) : null,
      label,
      created_at: nowIso(),
    })
    .execute();
}

/** Options for signing in with a registered key. */
export async function authenticationOptions(db: Kysely<DB>, auth: AuthContext, rp: { rpID: string }) {
  const creds = await rowsWhere(db, 'webauthn_credentials', { user_id: auth.userId }, [
    'credential_id',
    'transports',
  ]);
  const options = await (await simpleWebAuthn()).generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: creds.map((c) => ({
      id: c.credential_id,
      transports: c.transports ? JSON.parse(c.transports) : undefined,
    })),
    userVerification: 'preferred',
  });
  await saveChallenge(db, auth.sessionId, options.challenge);
  return options;
}

/** Verifies a sign-in assertion and moves the key's signature counter on. */
export async function verifyAuthentication(
  trx: Kysely<DB>,
  auth: AuthContext,
  rp: { origin: string; rpID: string },
  response: AuthenticationResponseJSON,
): Promise<void> {
  const expectedChallenge = await takeChallenge(trx, auth.sessionId);
  const cred = await rowWhere(trx, 'webauthn_credentials', {
    user_id: auth.userId,
    credential_id: String(response?.id ?? ''),
  });
  if (!cred) throw new AppError('auth.webauthn_failed', 400);
  let result: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    result = await (await simpleWebAuthn()).verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: cred.credential_id,
        publicKey: new Uint8Array(Buffer.from(cred.public_key, 'base64url')),
        counter: Number(cred.counter),
        transports: cred.transports ? JSON.parse(cred.transports) : undefined,
      },
      requireUserVerification: false,
    });
  } catch {
    throw new AppError('auth.webauthn_failed', 400);
  }
  if (!result.verified) throw new AppError('auth.webauthn_failed', 400);
  await trx
    .updateTable('webauthn_credentials')
    .set({ counter: result.authenticationInfo.newCounter })
    .where('id', '=', cred.id)
    .execute();
}
