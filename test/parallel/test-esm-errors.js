'use strict';
// What node prints, and the exit code, when an ES module graph fails:
// resolution errors with their codes and messages, a missing export, a
// syntax error with its caret, a JSON import without its attribute, and a
// top-level await that never settles (exit 13, nothing printed); a failed
// module fails again with the same error.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('esm');
const url = (file) => pathToFileURL(path.join(dir, file)).href;

function run(file) {
  return spawnSync(process.execPath, [path.join(dir, file)],
                   { encoding: 'utf8' });
}

// The "Error [CODE]: message" line of the report.
function errorLine(stderr) {
  return stderr.split('\n').find((line) => /^[A-Za-z]*Error\b/.test(line));
}

const cases = [
  ['errors/not-found.mjs',
   'Error [ERR_MODULE_NOT_FOUND]: Cannot find module ' +
   `'${path.join(dir, 'errors/nope.mjs')}' imported from ` +
   `${path.join(dir, 'errors/not-found.mjs')}`],
  ['errors/no-package.mjs',
   "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'no-such-package' " +
   `imported from ${path.join(dir, 'errors/no-package.mjs')}`],
  ['errors/dir-import.mjs',
   'Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import ' +
   `'${path.join(dir, 'errors/dir')}' is not supported resolving ES ` +
   `modules imported from ${path.join(dir, 'errors/dir-import.mjs')}`],
  ['errors/unknown-ext.mjs',
   'TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".txt" ' +
   `for ${path.join(dir, 'errors/file.txt')}`],
  ['dual/app/not-exported.mjs',
   "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './hidden' is " +
   'not defined by "exports" in ' +
   `${path.join(dir, 'dual/node_modules/dual-pkg/package.json')} imported ` +
   `from ${path.join(dir, 'dual/app/not-exported.mjs')}`],
  ['json/missing-type.mjs',
   'TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]: Module ' +
   `"${url('json/data.json')}" needs an import attribute of type "json"`],
  ['errors/unknown-builtin.mjs',
   'Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: node:nope'],
  ['errors/scheme.mjs',
   'Error [ERR_UNSUPPORTED_ESM_URL_SCHEME]: Only URLs with a scheme in: ' +
   'file, data, and node are supported by the default ESM loader. ' +
   "Received protocol 'https:'"],
];
for (const [file, expected] of cases) {
  const result = run(file);
  assert.strictEqual(result.status, 1, file);
  assert.strictEqual(result.stdout, '');
  assert.strictEqual(errorLine(result.stderr), expected, file);
}

// A missing export: the importing line and a caret, then the SyntaxError.
{
  const result = run('errors/no-export.mjs');
  assert.strictEqual(result.status, 1);
  assert.strictEqual(
    result.stderr.split('\n').slice(0, 4).join('\n'),
    `${url('errors/no-export.mjs')}:1\n` +
    "import { missing } from './exports.mjs';\n" +
    '         ^^^^^^^\n' +
    "SyntaxError: The requested module './exports.mjs' does not provide an " +
    "export named 'missing'");
}

// A syntax error: file URL, line, caret, a blank line.
{
  const result = run('errors/syntax.mjs');
  assert.strictEqual(result.status, 1);
  assert.strictEqual(
    result.stderr.split('\n').slice(0, 5).join('\n'),
    `${url('errors/syntax.mjs')}:2\nconst b = ;\n          ^\n\n` +
    "SyntaxError: Unexpected token ';'");
}

// A top-level await that never settles.
{
  const result = run('errors/tla-unsettled.mjs');
  assert.strictEqual(result.status, 13);
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.stdout, '');
}
// ... unless process.exit() ends the program: its code stands.
for (const code of ['', '0', '3']) {
  const result = spawnSync(process.execPath, [
    '--input-type=module', '-e',
    `setTimeout(() => process.exit(${code}), 1); await new Promise(() => {});`,
  ], { encoding: 'utf8' });
  assert.strictEqual(result.status, +code);
  assert.strictEqual(result.stderr, '');
}

// A module that failed to compile fails again with the very same error,
// even once the file is fixed.
{
  const fs = require('fs');
  const tmpdir = require('../common/tmpdir');
  tmpdir.refresh();
  const file = path.join(tmpdir.path, 'broken.mjs');
  fs.writeFileSync(file, 'export const = 1;');
  const result = spawnSync(process.execPath, ['-e', `
    const fs = require('fs');
    const url = ${JSON.stringify(pathToFileURL(file).href)};
    import(url).catch((first) => {
      fs.writeFileSync(${JSON.stringify(file)}, 'export const ok = 1;');
      return import(url).catch((second) => {
        console.log(first.name, first === second);
      });
    });`], { encoding: 'utf8' });
  assert.strictEqual(result.stdout, 'SyntaxError true\n');
}
