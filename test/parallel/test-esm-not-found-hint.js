'use strict';
// An import that ESM resolution cannot find but require() could (extension
// or index.js left out) suggests the specifier that works: relative to the
// importer, or within the package for a bare one. Once, in the message and
// in the stack. (Run from the importer's directory: node looks for a
// relative suggestion from the current one.)
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const write = (file, text) => {
  const full = path.join(tmpdir.path, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return pathToFileURL(full).href;
};
write('lib/thing.js', 'module.exports = 1;');
write('lib/dir/index.js', 'module.exports = 2;');
write('node_modules/pkg/package.json', '{}');
write('node_modules/pkg/sub/a b.js', 'module.exports = 3;');

const cases = [
  ["import './lib/thing';", './lib/thing.js'],
  ["import './lib/dir';", './lib/dir/index.js'],
  ["import 'pkg/sub/a b';", 'pkg/sub/a%20b.js'],
];
for (let i = 0; i < cases.length; i++) {
  const [source, suggestion] = cases[i];
  const entry = write(`case${i}.mjs`, source);
  const { status, stderr } = spawnSync(process.execPath,
                                       [fileURLToPath(entry)],
                                       { encoding: 'utf8', cwd: tmpdir.path });
  assert.strictEqual(status, 1);
  const hint = `\nDid you mean to import "${suggestion}"?\n`;
  assert.strictEqual(stderr.split(hint).length, 2, stderr);
  assert.match(stderr, /Error \[ERR_(MODULE_NOT_FOUND|UNSUPPORTED_DIR_IMPORT)\]/);
}
const none = spawnSync(process.execPath, [
  fileURLToPath(write('none.mjs', "import './lib/none';"))],
                       { encoding: 'utf8' });
assert.match(none.stderr, /ERR_MODULE_NOT_FOUND/);
assert.doesNotMatch(none.stderr, /Did you mean/);
