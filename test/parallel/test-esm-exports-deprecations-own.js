'use strict';
// Package "exports" details: a target is a URL ('%20' is a space, an
// encoded '/' is refused), an empty segment in a target or a match warns
// (DEP0166), a pattern request ending in '/' warns (DEP0155) once, and an
// ES module main found by guessing an extension or index.js warns
// (DEP0151) when imported.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { createRequire } = require('module');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const write = (file, text) => {
  const full = path.join(tmpdir.path, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
};
write('node_modules/pkg/package.json', JSON.stringify({
  exports: {
    './space': './sp%20ce.js',
    './slash': './a%2fb.js',
    './double': './/x.js',
    './dir/*': './lib/*.js',
    './trail*': './trail*index.js',
  },
}));
write('node_modules/pkg/sp ce.js', 'module.exports = "space";');
write('node_modules/pkg/x.js', 'module.exports = "x";');
write('node_modules/pkg/lib/y.js', 'module.exports = "y";');
write('node_modules/pkg/trail/index.js', 'module.exports = "trail";');
write('node_modules/guess/package.json', '{"type": "module", "main": "main"}');
write('node_modules/guess/main.js', 'export default "guessed";');
write('node_modules/index-only/package.json', '{"type": "module"}');
write('node_modules/index-only/index.js', 'export default "index";');
const importer = write('importer.mjs',
                       "export { default as guess } from 'guess';\n" +
                       "export { default as index } from 'index-only';\n");

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message}`));
const byCode = (code) => warnings.filter((w) => w.startsWith(code));

(async () => {
  const req = createRequire(importer);
  assert.strictEqual(req('pkg/space'), 'space');
  assert.throws(() => req('pkg/slash'), {
    code: 'ERR_INVALID_MODULE_SPECIFIER',
  });
  assert.strictEqual(req('pkg/double'), 'x');
  assert.strictEqual(req('pkg/dir//y'), 'y');
  assert.strictEqual(req('pkg/trail/'), 'trail');
  assert.strictEqual(req('pkg/trail/'), 'trail');
  const { guess, index } = await import(pathToFileURL(importer).href);
  assert.strictEqual(guess, 'guessed');
  assert.strictEqual(index, 'index');
  await new Promise((resolve) => setImmediate(resolve));

  assert.strictEqual(byCode('DEP0166').length, 2, warnings);
  assert.match(byCode('DEP0166')[0], /double slash resolving "\.\/\/x\.js"/);
  assert.match(byCode('DEP0166')[1],
               /for module request "\.\/dir\/\/y" matched to "\.\/dir\/\*"/);
  assert.strictEqual(byCode('DEP0155').length, 1, warnings);
  assert.match(byCode('DEP0155')[0],
               /trailing slash pattern mapping "\.\/trail\/"/);
  assert.strictEqual(byCode('DEP0151').length, 2, warnings);
  assert.match(byCode('DEP0151')[0],
               /has a "main" field set to "main", excluding the full filename/);
  assert.match(byCode('DEP0151')[1],
               /No "main" or "exports" field defined in the package\.json/);
})().then(common.mustCall());
