/** The sign-in page with the person's login ID filled in (`/signin?id=`): what is handed over with a one-time password. */
export function signInLink(loginId: string): string {
  return `${location.origin}/signin?id=${encodeURIComponent(loginId)}`;
}
