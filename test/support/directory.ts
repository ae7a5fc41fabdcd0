/** Directory settings bodies for tests against the test directory (test/support/slapd.ts). */
import { GROUP_DN, PEOPLE_DN, SERVICE_DN, SERVICE_PASSWORD, type TestDirectory } from './slapd.ts';

/** LDAPS with the test CA, the service account, uid / sAMAccountName / mail as login, the mamori group. */
export function ldapSettings(
  d: TestDirectory,
  ldap: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) {
  return {
    loginIdSuffix: '',
    ...top,
    ldap: {
      enabled: true,
      url: d.ldapsUrl,
      caCertificate: d.caPem,
      bindDn: SERVICE_DN,
      baseDn: PEOPLE_DN,
      userFilter: '(objectClass=inetOrgPerson)',
      loginAttributes: ['uid', 'sAMAccountName', 'mail'],
      loginIdAttribute: 'uid',
      requiredGroup: GROUP_DN,
      createUnits: true,
      ...ldap,
    },
    secrets: { bindPassword: SERVICE_PASSWORD },
  };
}
