'use strict';
// --experimental-default-type=module: -e/stdin input without --input-type,
// and .js or extensionless files outside a "type" scope (not under
// node_modules), are ES modules; the entry point gets
// no extension search. "commonjs" is the default; other values exit 9.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = (name, text) => {
  const full = path.join(tmpdir.path, name);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
};
file('package.json', '{}');
const loose = file('loose.js', 'export const kind = typeof require;\n' +
                   'console.log("loose", kind);\n');

function run(args, input) {
  return spawnSync(process.execPath, args,
                   { cwd: tmpdir.path, encoding: 'utf8', input });
}
const flag = '--experimental-default-type=module';

assert.strictEqual(run([flag, loose]).stdout, 'loose undefined\n');
assert.strictEqual(run([flag, '-e', 'console.log(typeof require)']).stdout,
                   'undefined\n');
assert.strictEqual(run([flag], 'console.log(import.meta.url.slice(-7))')
  .stdout, '[eval1]\n');
assert.strictEqual(run([flag, '--input-type=commonjs', '-e',
                        'console.log(typeof require)']).stdout, 'function\n');
assert.strictEqual(run(['--experimental-default-type=commonjs', '-e',
                        'console.log(typeof require)']).stdout, 'function\n');

const missing = run([flag, 'loose']);
assert.strictEqual(missing.status, 1);
assert.match(missing.stderr, /ENOENT[^]*Did you mean to import ".*loose\.js"\?/);

const bad = run(['--experimental-default-type=other', '-e', '0']);
assert.strictEqual(bad.status, 9);
assert.match(bad.stderr,
             /--experimental-default-type must be "module" or "commonjs"/);
