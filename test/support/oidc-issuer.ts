/**
 * A real OpenID provider for tests: the `oidc-provider` package served on 127.0.0.1 with one
 * confidential client (code flow, PKCE required) and a few accounts. Its sign-in page is a plain
 * form served here; one account's sign-in asserts multi-factor (amr ["pwd","mfa"], as Entra ID
 * does), one a Keycloak-style acr level, one a password only.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export interface IssuerAccount {
  password: string;
  amr: string[];
  acr?: string;
  claims: Record<string, unknown>;
}

/** Entra-like claims: preferred_username is the UPN, oid the object id, department the unit. */
export const ISSUER_ACCOUNTS: Record<string, IssuerAccount> = {
  'tanaka.mfa': {
    password: 'Idp-Pass-Tanaka-1',
    amr: ['pwd', 'mfa'],
    claims: {
      preferred_username: 'tanaka@example.lg.jp',
      oid: '6f1c2c8e-0000-4000-8000-000000000001',
      name: '田中 真',
      email: 'tanaka@example.lg.jp',
      department: '情報政策課',
    },
  },
  'suzuki.pwd': {
    password: 'Idp-Pass-Suzuki-1',
    amr: ['pwd'],
    claims: {
      preferred_username: 'suzuki@example.lg.jp',
      oid: '6f1c2c8e-0000-4000-8000-000000000002',
      name: '鈴木 花',
      email: 'suzuki@example.lg.jp',
      department: '総務課',
    },
  },
  'sato.gold': {
    password: 'Idp-Pass-Sato-1',
    amr: ['pwd'],
    acr: 'gold',
    claims: {
      preferred_username: 'sato@example.lg.jp',
      oid: '6f1c2c8e-0000-4000-8000-000000000003',
      name: '佐藤 健',
      email: 'sato@example.lg.jp',
      department: '市民課',
    },
  },
};

export const CLIENT_ID = 'mamori-test';
export const CLIENT_SECRET = 'oidc-client-secret-never-logged-7d1f';

export interface TestIssuer {
  issuer: string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error = ''): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>テストIdP</title></head><body>
<h1>テストIdP サインイン</h1>${error ? `<p role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login">
<label>ユーザー名 <input name="login" autocomplete="username"></label>
<label>パスワード <input name="password" type="password"></label>
<button type="submit">IdPにサインイン</button></form></body></html>`;
}

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

/** Starts the provider; `redirectUris` are the client's registered redirect URIs. */
export async function startTestIssuer(redirectUris: string[]): Promise<TestIssuer> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A signing key made for this run (the package's built-in keys are for quick starts only).
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const config: Configuration = {
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx, id) {
      const a = ISSUER_ACCOUNTS[id];
      if (!a) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...a.claims }) };
    },
    claims: {
      // amr and acr with every ID token, as Entra ID and Keycloak send them.
      openid: ['sub', 'amr', 'acr'],
      profile: ['name', 'preferred_username', 'oid', 'department'],
      email: ['email'],
    },
    // Profile claims in the ID token, as Keycloak and Entra ID send them.
    conformIdTokenClaims: false,
    acrValues: ['gold', 'silver'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-one-two-three'] },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, config);
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!m) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'consent') {
        const grant = new provider.Grant({ accountId: details.session?.accountId, clientId: CLIENT_ID });
        grant.addOIDCScope('openid profile email');
        const grantId = await grant.save();
        return provider.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
      }
      if (!m[2]) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(loginPage(m[1]));
      }
      const form = await formBody(req);
      const id = form.get('login') ?? '';
      const account = ISSUER_ACCOUNTS[id];
      if (!account || account.password !== form.get('password')) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(loginPage(m[1], 'ユーザー名またはパスワードが違います'));
      }
      return provider.interactionFinished(req, res, {
        login: { accountId: id, amr: account.amr, ...(account.acr ? { acr: account.acr } : {}) },
      });
    } catch (e) {
      res.statusCode = 400;
      res.end(String((e as Error).message));
    }
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A tiny browser for API tests: follows redirects at the provider, keeping its cookies, until `stop` is reached. */
export async function walkProvider(
  start: string,
  account: { login: string; password: string },
  stop: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = start;
  let form: URLSearchParams | null = null;
  for (let hops = 0; hops < 20; hops++) {
    if (url.startsWith(stop)) return url;
    const res: Response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ?? undefined,
    });
    form = null;
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const action = /action="([^"]+)"/.exec(html);
    if (!action) throw new Error(`the provider answered ${res.status} without a form: ${html.slice(0, 300)}`);
    url = new URL(action[1].replace(/&#47;/g, '/'), url).href;
    form = new URLSearchParams({ login: account.login, password: account.password });
  }
  throw new Error('too many redirects at the provider');
}
