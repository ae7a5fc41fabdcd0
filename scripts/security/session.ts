// Signs in to a running mamori as a seeded user (first sign-in: password change and TOTP)
// and prints "COOKIE<TAB>CSRF" for tools such as sqlmap.
// usage: node scripts/security/session.ts BASE_URL DATA_DIR [LOGIN_ID]
import { HttpClient, initialPasswords } from '../../test/support/server-process.ts';

const [base, dataDir, loginId = 'admin'] = process.argv.slice(2);
const client = new HttpClient(base);
await client.firstSignIn(loginId, initialPasswords(dataDir).get(loginId) as string, 'Scan-Session-Pass-42#');
process.stdout.write(`${client.cookie}\t${client.csrf}\n`);
