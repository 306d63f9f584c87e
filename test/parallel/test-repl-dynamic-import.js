'use strict';
// import() in the REPL, with and without a top-level await, resolves from
// the working directory through the ES module loader, with no warning.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

fs.writeFileSync(tmpdir.resolve('package.json'),
                 '{ "imports": { "#answer": "./answer.mjs" } }\n');
fs.writeFileSync(tmpdir.resolve('answer.mjs'), 'export default 42;\n');

function repl(line) {
  const result = spawnSync(process.execPath, ['--interactive'], {
    cwd: tmpdir.path, input: `${line}\n`, encoding: 'utf8',
  });
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.stderr, '');
  return result.stdout;
}

assert.match(repl("await import('./answer.mjs').then((m) => m.default + 1)"),
             /\b43\n/);
assert.match(repl("const m = await import('#answer'); console.log(m.default)"),
             /\b42\n/);
assert.match(
  repl("await import('./missing.mjs').catch((e) => console.log(e.code))"),
  /\bERR_MODULE_NOT_FOUND\n/);
