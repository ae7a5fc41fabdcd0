/** Passwords (and their letter cores) that appear at the top of every leaked-password list. */
export const COMMON_PASSWORDS = new Set(
  `password passw0rd password1 password123 p@ssw0rd p@ssword qwerty qwertyuiop qwerty123 letmein welcome
  welcome1 admin administrator admin123 iloveyou monkey dragon master sunshine princess football baseball
  abc123 abcdef abcdefg abcdefgh 123456 1234567 12345678 123456789 1234567890 111111 000000 123123
  trustno1 shadow superman batman michael jennifer hunter computer internet secret changeme default
  login guest root toor test testing system security mamori hello freedom whatever starwars
  passwordpassword qazwsx zaq1zaq1 1q2w3e4r 1qaz2wsx asdfgh asdfghjkl zxcvbnm
  pokemon naruto sakura tokyo japan nippon osaka kyoto yokohama`
    .split(/\s+/)
    .filter(Boolean),
);
