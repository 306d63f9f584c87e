'use strict';
// ES modules and require() share one object per file: a JSON file an ES
// module imports is what require() returns later (and the reverse); a URL
// with a query or a fragment is a module of its own. A CommonJS module
// imported after require() loaded it exports what it had when it finished
// loading.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const json = path.join(tmpdir.path, 'data.json');
fs.writeFileSync(json, '{"n": 1}');
const cjs = path.join(tmpdir.path, 'count.js');
fs.writeFileSync(cjs, 'module.exports = 1;');

(async () => {
  const url = pathToFileURL(json).href;
  const imported = await import(url, { with: { type: 'json' } });
  const required = require(json);
  assert.strictEqual(imported.default, required);
  required.n = 2;
  assert.strictEqual(imported.default.n, 2);

  fs.writeFileSync(json, '{"n": 3}');
  const queried = await import(`${url}?x`, { with: { type: 'json' } });
  const hashed = await import(`${url}#y`, { with: { type: 'json' } });
  assert.strictEqual(queried.default.n, 3);
  assert.strictEqual(hashed.default.n, 3);
  assert.notStrictEqual(queried.default, hashed.default);
  assert.strictEqual(require(json), required);

  assert.strictEqual(require(cjs), 1);
  require.cache[cjs].exports = 2;
  assert.strictEqual((await import(pathToFileURL(cjs).href)).default, 1);
})().then(common.mustCall());
