'use strict';
// require() of an ES module (node 20.19+): the namespace, with __esModule
// added when there is a default export; a graph with top-level await
// throws ERR_REQUIRE_ASYNC_MODULE; module.createRequire from a file URL.
require('../common');
const assert = require('assert');
const { createRequire } = require('module');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');

const plain = require(fixtures.path('esm/errors/plain.mjs'));
assert.strictEqual(plain.x, 1);
assert.strictEqual(plain.default, 'def');
assert.strictEqual(plain.__esModule, true);
assert.strictEqual(Object.prototype.toString.call(plain), '[object Module]');
// Cached: the same object again.
assert.strictEqual(require(fixtures.path('esm/errors/plain.mjs')), plain);

// No default export: the namespace itself.
const exportsOnly = require(fixtures.path('esm/errors/exports.mjs'));
assert.deepStrictEqual(Object.keys(exportsOnly), ['present']);
assert.strictEqual(exportsOnly.__esModule, undefined);

// `export { x as 'module.exports' }`: require() returns x itself (and the
// other named exports are not reachable from CommonJS).
const point = require(fixtures.path('esm/module-exports-name.mjs'));
assert.strictEqual(typeof point, 'function');
assert.strictEqual(point.name, 'Point');
assert.strictEqual(point.distance, undefined);

// A graph that imports from the network cannot be required.
{
  const tmpdir = require('../common/tmpdir');
  tmpdir.refresh();
  const file = tmpdir.resolve('network.mjs');
  require('fs').writeFileSync(file, "import 'https://example.com/x.js';\n");
  assert.throws(() => require(file), {
    code: 'ERR_NETWORK_IMPORT_DISALLOWED',
    message: "import of 'https://example.com/x.js' by " +
             `${pathToFileURL(file).href} is not supported: ES modules ` +
             'cannot be loaded by require() from the network',
  });
}

// A .js file under "type": "module".
assert.strictEqual(require(fixtures.path('esm/typemod/sub/helper.js')).sub,
                   'sub');

assert.throws(() => require(fixtures.path('esm/errors/tla-graph.mjs')), {
  code: 'ERR_REQUIRE_ASYNC_MODULE',
  message: /^require\(\) cannot be used on an ESM graph with top-level await/,
});

const requireFromEsm = createRequire(
  pathToFileURL(fixtures.path('esm/dual/app/main.mjs')));
assert.strictEqual(requireFromEsm('dual-pkg').kind, 'cjs');
assert.strictEqual(requireFromEsm('dual-pkg/feature/a').feature, 'a-cjs');
assert.throws(() => requireFromEsm('dual-pkg/hidden'),
              { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
