'use strict';
// Module syntax detection (node 20.19+): a .js or extensionless file
// outside any "type" scope, and -e / stdin input, run as ES modules when
// they have module syntax (import, export, import.meta, top-level await
// with CommonJS names declared), whether run, required or imported; .cjs
// files, "type": "commonjs" and --no-experimental-detect-module keep the
// SyntaxError, with node's note on how to load an ES module.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('esm', 'detect');
const note = 'Warning: To load an ES module, set "type": "module" in the ' +
  'package.json or use the .mjs extension.';

function run(args, input) {
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8',
                                             input });
}

function ok(args, stdout, input) {
  const result = run(args, input);
  assert.strictEqual(result.stderr, '', args.join(' '));
  assert.strictEqual(result.stdout, stdout, args.join(' '));
  assert.strictEqual(result.status, 0);
}

ok(['loose/esm.js'], 'esm.js runs undefined\n');
ok(['loose/tla.js'], 'tla.js runs shadowed\n');
ok(['loose/noext'], 'noext runs\n');
ok(['loose/require.js'], 'esm.js runs undefined\nesm/ cjs\n');
ok(['loose/import.mjs'], 'esm.js runs undefined\nesm/ cjs\n');
ok(['-e', 'import { sep } from "node:path"; console.log(sep)'], '/\n');
ok([], 'string\n', 'console.log(typeof import.meta.url)');
// Valid as a script: stays one (`this` is not undefined).
ok(['-e', 'let require; console.log(typeof this)'], 'object\n');

function fails(args, message, withNote) {
  const result = run(args);
  assert.strictEqual(result.status, 1, args.join(' '));
  assert.ok(result.stderr.includes(`SyntaxError: ${message}`), result.stderr);
  assert.strictEqual(result.stderr.includes(note), withNote, result.stderr);
}

fails(['loose/syntax.cjs'], 'Cannot use import statement outside a module',
      true);
fails(['typed/esm.js'], "Unexpected token 'export'", true);
fails(['--no-experimental-detect-module', 'loose/esm.js'],
      'Cannot use import statement outside a module', true);
fails(['--input-type=commonjs', '-e', 'import.meta.url'],
      "Cannot use 'import.meta' outside a module", false);
// require() of a detected module needs require(esm).
fails(['--no-experimental-require-module', 'loose/require.js'],
      'Cannot use import statement outside a module', true);

// The error points into the file, caught or not, as node decorates it.
{
  const result = run(['-e', `
    try { require('./loose/syntax.cjs'); } catch (e) {
      console.log(e.stack.split('\\n').slice(1, 4).join('|'));
    }`]);
  assert.strictEqual(result.stdout, "import 'node:fs';|^^^^^^|\n");
}
