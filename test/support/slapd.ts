/**
 * A real OpenLDAP directory for tests: Debian's slapd started as a child process on free loopback
 * ports with a temporary configuration and database, a CA and server certificate made with openssl
 * (LDAPS and StartTLS), and a small directory of a public body loaded with ldapadd.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './server-process.ts';

const SLAPD_PATHS = ['/usr/sbin/slapd', '/usr/local/libexec/slapd', '/usr/libexec/slapd'];
const SCHEMA_DIR = '/etc/ldap/schema';
const MODULE_DIR = '/usr/lib/ldap';

function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = path.join(dir, cmd);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

const slapdBin = SLAPD_PATHS.find((p) => fs.existsSync(p)) ?? which('slapd');

/**
 * Why directory tests are skipped here, or false when slapd is installed. In CI its absence is a
 * failure (the skip message would hide an install step missing from .ci/run).
 */
export const slapdMissing: string | false = (() => {
  if (slapdBin && which('ldapadd') && which('openssl')) return false;
  const why = 'OpenLDAP (slapd, ldap-utils) or openssl is not installed: apt-get install slapd ldap-utils';
  if (process.env.CI) throw new Error(`${why} — CI must install it (.ci/run)`);
  return why;
})();

export const BASE_DN = 'dc=example,dc=lg,dc=jp';
export const PEOPLE_DN = `ou=people,${BASE_DN}`;
export const GROUP_DN = `cn=mamori-users,ou=groups,${BASE_DN}`;
export const ADMINS_GROUP_DN = `cn=jouhou-anzen,ou=groups,${BASE_DN}`;
export const SERVICE_DN = `cn=mamori-svc,ou=services,${BASE_DN}`;
export const SERVICE_PASSWORD = 'Svc-Bind-Secret-7391';
const ROOT_DN = `cn=admin,${BASE_DN}`;
const ROOT_PW = 'Root-Secret-5521';

/** The people of the test directory: OUs are units, titles are posts; taishoku is not in the mamori group. */
export const PEOPLE = [
  {
    uid: 'soumu.ichiro',
    sam: 'SOUMU01',
    cn: '総務 一郎',
    ou: '総務課',
    title: '総務課長',
    pw: 'Soumu-Pass-0001',
  },
  {
    uid: 'soumu.hanako',
    sam: 'SOUMU02',
    cn: '総務 花子',
    ou: '総務課',
    title: '主任',
    pw: 'Soumu-Pass-0002',
  },
  {
    uid: 'joho.jiro',
    sam: 'JOHO01',
    cn: '情報 次郎',
    ou: '情報政策課',
    title: '情報政策課長',
    pw: 'Joho-Pass-0001',
  },
  {
    uid: 'joho.saburo',
    sam: 'JOHO02',
    cn: '情報 三郎',
    ou: '情報政策課',
    title: '主事',
    pw: 'Joho-Pass-0002',
  },
  {
    uid: 'shimin.shiro',
    sam: 'SHIMIN01',
    cn: '市民 四郎',
    ou: '市民課',
    title: '係長',
    pw: 'Shimin-Pass-0001',
  },
  {
    uid: 'taishoku.goro',
    sam: 'TAISHOKU',
    cn: '退職 五郎',
    ou: '市民課',
    title: '主事',
    pw: 'Taishoku-Pass-01',
  },
] as const;

export interface TestDirectory {
  /** ldap://127.0.0.1:port (StartTLS offered) */
  ldapUrl: string;
  /** ldaps://127.0.0.1:port */
  ldapsUrl: string;
  /** The CA certificate (PEM) that signed the server's certificate. */
  caPem: string;
  /** Runs an LDIF change as the directory's administrator (ldapmodify). */
  modify(ldif: string): void;
  /** Stops slapd (as a directory outage would) and starts it again on the same ports. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

const AD_SCHEMA = `
attributetype ( 1.3.6.1.4.1.55555.1.1 NAME 'sAMAccountName'
  EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
  SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.55555.1.2 NAME 'userAccountControl'
  EQUALITY integerMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.55555.1.3 NAME 'department'
  EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.55555.2.1 NAME 'adLikeUser' AUXILIARY
  MAY ( sAMAccountName $ userAccountControl $ department ) )
`;

function seedLdif(): string {
  const units = [...new Set(PEOPLE.map((p) => p.ou))];
  const lines: string[] = [
    `dn: ${BASE_DN}`,
    'objectClass: dcObject',
    'objectClass: organization',
    'dc: example',
    'o: 萩長門テスト市',
    '',
    `dn: ${PEOPLE_DN}`,
    'objectClass: organizationalUnit',
    'ou: people',
    '',
    `dn: ou=groups,${BASE_DN}`,
    'objectClass: organizationalUnit',
    'ou: groups',
    '',
    `dn: ou=services,${BASE_DN}`,
    'objectClass: organizationalUnit',
    'ou: services',
    '',
    `dn: ${SERVICE_DN}`,
    'objectClass: simpleSecurityObject',
    'objectClass: organizationalRole',
    'cn: mamori-svc',
    `userPassword: ${SERVICE_PASSWORD}`,
    '',
  ];
  for (const u of units)
    lines.push(`dn: ou=${u},${PEOPLE_DN}`, 'objectClass: organizationalUnit', `ou: ${u}`, '');
  for (const p of PEOPLE) {
    lines.push(
      `dn: uid=${p.uid},ou=${p.ou},${PEOPLE_DN}`,
      'objectClass: inetOrgPerson',
      'objectClass: adLikeUser',
      `uid: ${p.uid}`,
      `sAMAccountName: ${p.sam}`,
      `cn: ${p.cn}`,
      `sn: ${p.cn.split(' ')[0]}`,
      `displayName: ${p.cn}`,
      `mail: ${p.uid}@example.lg.jp`,
      `title: ${p.title}`,
      `department: ${p.ou}`,
      'userAccountControl: 512',
      `userPassword: ${p.pw}`,
      '',
    );
  }
  const member = (uid: string) =>
    `member: uid=${uid},ou=${PEOPLE.find((p) => p.uid === uid)?.ou},${PEOPLE_DN}`;
  lines.push(
    `dn: ${GROUP_DN}`,
    'objectClass: groupOfNames',
    'cn: mamori-users',
    ...PEOPLE.filter((p) => p.uid !== 'taishoku.goro').map((p) => member(p.uid)),
    '',
    `dn: ${ADMINS_GROUP_DN}`,
    'objectClass: groupOfNames',
    'cn: jouhou-anzen',
    member('joho.jiro'),
    '',
  );
  return lines.join('\n');
}

function makeCertificates(dir: string): void {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=mamori test CA'].concat([
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ]),
  );
  run([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
  ]);
  fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  run(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
    ].concat(['-out', 'server.pem', '-extfile', 'ext.cnf']),
  );
}

function config(dir: string): string {
  return [
    `include ${SCHEMA_DIR}/core.schema`,
    `include ${SCHEMA_DIR}/cosine.schema`,
    `include ${SCHEMA_DIR}/inetorgperson.schema`,
    `include ${path.join(dir, 'adlike.schema')}`,
    `modulepath ${MODULE_DIR}`,
    'moduleload back_mdb',
    'moduleload memberof',
    `pidfile ${path.join(dir, 'slapd.pid')}`,
    `TLSCACertificateFile ${path.join(dir, 'ca.pem')}`,
    `TLSCertificateFile ${path.join(dir, 'server.pem')}`,
    `TLSCertificateKeyFile ${path.join(dir, 'server.key')}`,
    'database mdb',
    'maxsize 33554432',
    `suffix "${BASE_DN}"`,
    `rootdn "${ROOT_DN}"`,
    `rootpw ${ROOT_PW}`,
    `directory ${path.join(dir, 'db')}`,
    'overlay memberof',
    // People may bind; only the service account reads the directory.
    'access to attrs=userPassword by self =xw by anonymous auth by * none',
    `access to * by dn.exact="${SERVICE_DN}" read by self read by * none`,
    '',
  ].join('\n');
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`slapd exited: ${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`slapd did not listen in 15 s: ${log()}`);
    await sleep(100);
  }
}

/** Starts slapd with the test directory loaded. Call only when `slapdMissing` is false. */
export async function startTestDirectory(): Promise<TestDirectory> {
  if (!slapdBin) throw new Error('slapd is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-slapd-'));
  fs.mkdirSync(path.join(dir, 'db'));
  fs.writeFileSync(path.join(dir, 'adlike.schema'), AD_SCHEMA);
  makeCertificates(dir);
  fs.writeFileSync(path.join(dir, 'slapd.conf'), config(dir));
  const [plainPort, tlsPort] = [await freePort(), await freePort()];
  const ldapUrl = `ldap://127.0.0.1:${plainPort}`;
  const ldapsUrl = `ldaps://127.0.0.1:${tlsPort}`;
  let child: ChildProcess | null = null;
  let out = '';
  const env = { ...process.env, LDAPTLS_CACERT: path.join(dir, 'ca.pem') };

  async function start(): Promise<void> {
    out = '';
    const c = spawn(
      slapdBin as string,
      ['-f', path.join(dir, 'slapd.conf'), '-h', `${ldapUrl}/ ${ldapsUrl}/`, '-d', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    c.stdout?.on('data', (d) => {
      out += d;
    });
    c.stderr?.on('data', (d) => {
      out += d;
    });
    child = c;
    await waitForPort(plainPort, c, () => out);
    await waitForPort(tlsPort, c, () => out);
  }

  async function stop(): Promise<void> {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  function ldif(tool: 'ldapadd' | 'ldapmodify', text: string): void {
    execFileSync(tool, ['-x', '-H', ldapUrl, '-ZZ', '-D', ROOT_DN, '-w', ROOT_PW], {
      input: text,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }

  await start();
  try {
    ldif('ldapadd', seedLdif());
  } catch (e) {
    await stop();
    throw new Error(`loading the test directory failed: ${(e as { stderr?: Buffer }).stderr ?? e}\n${out}`);
  }
  return {
    ldapUrl,
    ldapsUrl,
    caPem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    modify: (text) => ldif('ldapmodify', text),
    stop,
    restart: start,
    async close() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
