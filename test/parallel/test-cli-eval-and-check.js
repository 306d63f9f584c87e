'use strict';
// -e / -p details: `\-` escapes a leading '-', the builtin modules are
// globals (crypto the module), a builtin made non-configurable stays
// usable, import() resolves from the directory the code started in. And
// --check compiles stdin as a module under --input-type=module, and a
// .mjs file as a module, without running either.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}

assert.strictEqual(run(['-p', '\\-42']).stdout, '-42\n');
assert.strictEqual(run(['-e', '\\-1; console.log("ran")']).stdout, 'ran\n');
assert.strictEqual(
  run(['-p', 'typeof crypto.randomBytes + (crypto === require("crypto"))'])
    .stdout, 'functiontrue\n');
assert.strictEqual(run(['-p',
                        'Object.defineProperty(globalThis, "fs", ' +
                        '{ configurable: false }); fs === require("fs")'])
  .stdout, 'true\n');

const dir = path.join(tmpdir.path, 'inner');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'm.mjs'), 'export default 7;');
const imported = run(['-e', "process.chdir('..'); " +
  "import('./m.mjs').then((m) => console.log(m.default))"], { cwd: dir });
assert.strictEqual(imported.stderr, '');
assert.strictEqual(imported.stdout, '7\n');

// --check: a module's syntax, nothing run.
for (const flag of ['-c', '--check']) {
  let check = run(['--input-type=module', flag],
                  { input: 'export const a = 1; throw new Error("ran");' });
  assert.strictEqual(check.status, 0);
  assert.strictEqual(check.stderr, '');
  check = run(['--input-type=module', flag],
              { input: 'export const a = 1; var foo bar;' });
  assert.strictEqual(check.status, 1);
  assert.match(check.stderr, /^\[stdin\]:1\n/);
  assert.match(check.stderr, /SyntaxError: Unexpected identifier/);
}
const good = path.join(tmpdir.path, 'good.mjs');
fs.writeFileSync(good, 'export const a = 1; throw new Error("ran");');
assert.strictEqual(run(['--check', good]).status, 0);
const bad = path.join(tmpdir.path, 'bad.mjs');
fs.writeFileSync(bad, 'export const a = ;');
const checked = run(['--check', bad]);
assert.strictEqual(checked.status, 1);
assert.match(checked.stderr, /SyntaxError: Unexpected token ';'/);
// --import's modules run before the check.
const imported2 = path.join(tmpdir.path, 'imported.mjs');
fs.writeFileSync(imported2, 'console.log("imported");');
const withImport = run(['--import', imported2, '--check', good]);
assert.strictEqual(withImport.stderr, '');
assert.strictEqual(withImport.stdout, 'imported\n');
assert.strictEqual(withImport.status, 0);

// -p prints right after the code ran: before timers, and a promise as it
// is then.
assert.strictEqual(run(['-p', 'setTimeout(() => console.log("later")); 5'])
  .stdout, '5\nlater\n');
assert.strictEqual(run(['-p', 'Promise.resolve().then(() => 42)']).stdout,
                   'Promise { <pending> }\n');
assert.strictEqual(run(['-p', 'Promise.resolve(42)']).stdout,
                   'Promise { 42 }\n');
