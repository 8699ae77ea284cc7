#!/usr/bin/env node
// Installs the PowerShell checker for the tests: check.mjs, commands.mjs and the packages that
// package-lock.json pins (integrity hashes included) into the folder given, with `npm ci`.
// The Maven build runs it before the tests (pom.xml, execution ps-check) into target/ps-check; what it
// writes to standard error is the message the build stops with.
// Nothing happens when that folder already holds what the lock file pins, so a rebuild costs no npm.
// npm runs no package's install scripts (the grammar is wasm; nothing needs building), prefers its
// cache to the registry, and is tried three times, since a registry can fail for a moment.
// Usage: node install.mjs TARGET-FOLDER
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 18;
const NPM_MAJOR = 9;
const TRIES = 3;
const here = path.dirname(fileURLToPath(import.meta.url));
const files = ['check.mjs', 'commands.mjs', 'package.json', 'package-lock.json'];

function stop(line) {
  console.error(`PowerShell checker: ${line}`);
  process.exit(1);
}

if (process.argv.length !== 3) stop('usage: node install.mjs TARGET-FOLDER');
const target = path.resolve(process.argv[2]);
if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR) {
  stop(`Node.js ${process.versions.node} is too old: install Node.js ${NODE_MAJOR} or later with npm ${NPM_MAJOR} or later (README, Set up)`);
}

fs.mkdirSync(target, { recursive: true });
for (const f of files) fs.copyFileSync(path.join(here, f), path.join(target, f));

// What the last successful install was made from; npm ci empties node_modules first, so a failed
// install leaves no stamp behind.
const stamp = path.join(target, 'node_modules', '.dockwise-installed-from');
const wanted = ['package.json', 'package-lock.json'].map(f => fs.readFileSync(path.join(here, f), 'utf8')).join('\0');
const grammar = path.join(target, 'node_modules', 'tree-sitter-powershell', 'tree-sitter-powershell.wasm');
if (fs.existsSync(grammar) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) process.exit(0);

// npm is npm.cmd on Windows, which Node starts only through a shell.
const shell = process.platform === 'win32';
const version = spawnSync('npm', ['--version'], { encoding: 'utf8', shell });
if (version.error || version.status !== 0) {
  stop(`npm is missing: install npm ${NPM_MAJOR} or later (Debian: apt-get install npm; nodejs.org's Node.js includes it)`);
}
if (Number(version.stdout.trim().split('.')[0]) < NPM_MAJOR) {
  stop(`npm ${version.stdout.trim()} is too old: install npm ${NPM_MAJOR} or later (README, Set up)`);
}

console.log(`PowerShell checker: npm ci into ${target}`);
let said = '';
for (let attempt = 1; attempt <= TRIES; attempt++) {
  const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: target, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', shell });
  if (ci.status === 0) {
    fs.writeFileSync(stamp, wanted);
    process.exit(0);
  }
  // npm's own words without its stack frames and the fields of the error object it dumps
  said = (ci.stderr || String(ci.error || '')).split(/\r?\n/)
    .filter(line => line.trim() && !/^npm (error|ERR!)(\s*$|\s+at |\s+[{}]\s*$|\s{2,}\w+: )/.test(line)).join('\n');
  if (attempt < TRIES) {
    const seconds = 5 * attempt;
    console.log(`PowerShell checker: npm ci failed (try ${attempt} of ${TRIES}); trying again in ${seconds} s`);
    await new Promise(resolve => setTimeout(resolve, seconds * 1000));
  }
}
stop(`npm ci failed ${TRIES} times in ${target} (is the npm registry reachable?); npm said:\n${said}`);
