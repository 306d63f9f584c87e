'use strict';
// With --no-experimental-require-module, require() of an ES module throws
// ERR_REQUIRE_ESM, whose advice depends on why the file is ESM: a .mjs
// file, a .js file with module syntax in a "type": "module" scope, or one
// without (only the package.json makes it ESM).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const scope = tmpdir.resolve('scope');
fs.mkdirSync(scope);
const pjson = path.join(scope, 'package.json');
fs.writeFileSync(pjson, '{ "type": "module" }\n');
fs.writeFileSync(path.join(scope, 'syntax.js'), 'export const x = 1;\n');
fs.writeFileSync(path.join(scope, 'plain.js'), 'globalThis.x = 1;\n');
fs.writeFileSync(tmpdir.resolve('plain.mjs'), 'globalThis.x = 1;\n');

function requireFails(target) {
  const parent = tmpdir.resolve(`require-${path.basename(target)}.cjs`);
  fs.writeFileSync(parent, `require(${JSON.stringify(target)});\n`);
  const result = spawnSync(process.execPath,
                           ['--no-experimental-require-module', parent],
                           { encoding: 'utf8' });
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr, /code: 'ERR_REQUIRE_ESM'/);
  const head = `Error [ERR_REQUIRE_ESM]: require() of ES Module ${target} ` +
               `from ${parent} not supported.\n`;
  assert.ok(result.stderr.includes(head), result.stderr);
  return { parent, text: result.stderr.slice(result.stderr.indexOf(head) +
                                             head.length) };
}

{
  const target = path.join(scope, 'syntax.js');
  const { parent, text } = requireFails(target);
  assert.ok(text.startsWith(
    `Instead change the require of syntax.js in ${parent} to a dynamic ` +
    'import() which is available in all CommonJS modules.\n'), text);
}
{
  const { text } = requireFails(path.join(scope, 'plain.js'));
  assert.ok(text.startsWith(
    'plain.js is treated as an ES module file as it is a .js file whose ' +
    'nearest parent package.json contains "type": "module" which declares ' +
    'all .js files in that package scope as ES modules.\nInstead either ' +
    'rename plain.js to end in .cjs, change the requiring code to use ' +
    'dynamic import() which is available in all CommonJS modules, or ' +
    `change "type": "module" to "type": "commonjs" in ${pjson} to treat ` +
    'all .js files as CommonJS (using .mjs for all ES modules instead).\n'),
            text);
}
{
  const target = tmpdir.resolve('plain.mjs');
  const { text } = requireFails(target);
  assert.ok(text.startsWith(
    `Instead change the require of ${target} to a dynamic import() which ` +
    'is available in all CommonJS modules.\n'), text);
}
