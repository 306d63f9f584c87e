'use strict';
// import() from CommonJS: builtins (named exports and the live default),
// CommonJS modules (default = module.exports, named exports found by the
// lexer), JSON with attributes, data: URLs, one module per URL, and the
// rejections with node's codes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const module_ = require('module');
const fixtures = require('../common/fixtures');

const esm = (file) => pathToFileURL(fixtures.path('esm', file)).href;

(async () => {
  // node:fs: default is the exports object, named exports follow it after
  // syncBuiltinESMExports.
  const nsFs = await import('node:fs');
  assert.strictEqual(nsFs.default, fs);
  assert.strictEqual(nsFs.readFileSync, fs.readFileSync);
  assert.strictEqual(await import('fs'), nsFs);
  const original = fs.readFileSync;
  const replacement = () => 'replaced';
  fs.readFileSync = replacement;
  assert.strictEqual(nsFs.readFileSync, original);
  module_.syncBuiltinESMExports();
  assert.strictEqual(nsFs.readFileSync, replacement);
  fs.readFileSync = original;
  module_.syncBuiltinESMExports();
  assert.strictEqual(nsFs.readFileSync, original);

  // CommonJS through a package "main": named exports that the lexer sees.
  const plain = await import(esm('dual/node_modules/plain-pkg/lib/main.js'));
  assert.strictEqual(plain.default(), 'plain');
  assert.strictEqual(plain.named, 'named');
  assert.strictEqual(Object.prototype.toString.call(plain), '[object Module]');

  // The same file required and imported is evaluated once.
  const viaRequire = require(fixtures.path('esm/worker/value.cjs'));
  const viaImport = await import(esm('worker/value.cjs'));
  assert.strictEqual(viaImport.default, viaRequire);
  assert.strictEqual(viaImport.value, 'cjs-value');

  // JSON needs its attribute; `assert` is the older spelling.
  const json = await import(esm('json/data.json'), { with: { type: 'json' } });
  assert.deepStrictEqual(json.default, { answer: 42, list: [1, 2] });
  await assert.rejects(import(esm('json/data.json')),
                       { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING' });
  await assert.rejects(
    import(esm('json/data.json'), { with: { type: 'css' } }),
    { code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
      message: 'Import attribute type "css" is unsupported' });
  await assert.rejects(
    import(esm('errors/exports.mjs'), { with: { type: 'json' } }),
    { code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
      message: `Module "${esm('errors/exports.mjs')}" is not of type "json"` });

  // Keys other than `type` are refused before the format is known, and a
  // failed import fails again alike for the same `type` (node's job cache).
  await assert.rejects(import('data:text/css,', { with: { other: 'x' } }),
                       { code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
                         message: 'Import attribute "other" with value "x" ' +
                                  'is not supported' });
  await assert.rejects(import('data:text/css,', { with: { type: 'css' } }),
                       { code: 'ERR_UNKNOWN_MODULE_FORMAT' });
  const js = 'data:text/javascript,export{}';
  await assert.rejects(import(js, { with: { type: 'json' } }),
                       { code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED' });
  await assert.rejects(import(js, { with: { type: 'json', other: 'x' } }),
                       { code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED' });
  await assert.rejects(import(js, { with: { type: 'css', other: 'x' } }),
                       { code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED' });

  // data: URLs, for JavaScript and JSON.
  const data = await import('data:text/javascript,export default 6 * 7;');
  assert.strictEqual(data.default, 42);
  const dataJson = await import('data:application/json,{"a":1}',
                                { with: { type: 'json' } });
  assert.deepStrictEqual(dataJson.default, { a: 1 });

  // import.meta.resolve, and relative import() from a CommonJS file.
  const self = await import('../fixtures/esm/errors/plain.mjs');
  assert.strictEqual(self.x, 1);
  assert.strictEqual(self.default, 'def');

  await assert.rejects(import('./no-such-file.mjs'), (err) => {
    assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
    assert.strictEqual(err.message,
                       `Cannot find module '${path.join(__dirname,
                                                        'no-such-file.mjs')}'` +
                       ` imported from ${__filename}`);
    return true;
  });
  await assert.rejects(import('node:no-such-builtin'),
                       { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
  await assert.rejects(import(esm('errors')),
                       { code: 'ERR_UNSUPPORTED_DIR_IMPORT' });
  await assert.rejects(import(esm('errors/syntax.mjs')),
                       { name: 'SyntaxError' });
  await assert.rejects(import(esm('errors/no-export.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './exports.mjs' does not provide an " +
             "export named 'missing'",
  });
})().then(common.mustCall());

// import() in code eval'ed by a promise job has no script to resolve from.
{
  // A failed import() before it leaves no rejection pending: it rejects
  // only once the caller could handle it.
  const run = require('child_process').spawnSync(process.execPath, ['-e', `
    import('node:no-such-builtin').catch(() => {});
    Promise.resolve('import("node:fs")').then(eval).then(
      () => console.log('resolved'),
      (e) => console.log(e.name, e.code, e.message));`], { encoding: 'utf8' });
  assert.strictEqual(run.stdout, 'TypeError ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING ' +
    'A dynamic import callback was not specified.\n');
}
