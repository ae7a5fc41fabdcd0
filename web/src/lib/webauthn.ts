/** Security keys and passkeys through @simplewebauthn/browser, loaded only by the screens that need it. */
import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { ApiError, api } from '../api/client.ts';
import type { StageResult } from '../api/types.ts';

/** The server may answer the options bare or as `{ options }`. */
function unwrap<T>(r: T | { options: T }): T {
  return r && typeof r === 'object' && 'options' in r ? (r as { options: T }).options : (r as T);
}

export function webauthnSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** True when the user cancelled or the browser timed out (not a server error). */
export function isCancelled(e: unknown): boolean {
  if (e instanceof ApiError) return false;
  const name = (e as { name?: string; cause?: { name?: string } })?.name;
  const cause = (e as { cause?: { name?: string } })?.cause?.name;
  return name === 'NotAllowedError' || cause === 'NotAllowedError' || name === 'AbortError';
}

export async function registerKey(label: string): Promise<StageResult> {
  const options = await api.post<
    PublicKeyCredentialCreationOptionsJSON | { options: PublicKeyCredentialCreationOptionsJSON }
  >('/api/auth/webauthn/register/options');
  const response = await startRegistration({ optionsJSON: unwrap(options) });
  return api.post<StageResult>('/api/auth/webauthn/register/verify', { response, label });
}

export async function authenticateWithKey(): Promise<StageResult> {
  const options = await api.post<
    PublicKeyCredentialRequestOptionsJSON | { options: PublicKeyCredentialRequestOptionsJSON }
  >('/api/auth/webauthn/authenticate/options', {}, { noRedirect: true });
  const response = await startAuthentication({ optionsJSON: unwrap(options) });
  return api.post<StageResult>('/api/auth/webauthn/authenticate/verify', { response }, { noRedirect: true });
}
