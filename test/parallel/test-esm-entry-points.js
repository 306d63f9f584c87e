'use strict';
// ES module entry points run as node runs them: .mjs files, .js files under
// "type": "module", dual packages through "exports" and "imports", cycles
// with their TDZ, top-level await ordering across a graph, JSON modules,
// and a worker whose file is an ES module.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

function run(file) {
  const result = spawnSync(process.execPath, [fixtures.path('esm', file)], {
    encoding: 'utf8',
  });
  assert.strictEqual(result.stderr, '', `${file}: ${result.stderr}`);
  assert.strictEqual(result.status, 0, file);
  return result.stdout;
}

// Conditions: "import" for the ES side, "require" for createRequire; a
// subpath pattern; a "#dep" import; a CommonJS package through "main".
assert.deepStrictEqual(JSON.parse(run('dual/app/main.mjs')), {
  kind: 'esm',
  dep: 'dep',
  feature: 'a-esm',
  plain: 'plain',
  named: 'named',
  cjsKind: 'cjs',
  cjsFeature: 'a-cjs',
  resolved: '/dual-pkg/esm/index.mjs',
});

// b.mjs runs first and sees `a` in its TDZ.
assert.strictEqual(run('cycle/a.mjs'),
                   'b runs: a=ReferenceError\na runs: b=b, readA=a\n');

// A sibling does not wait for another's top-level await, the importer does.
assert.strictEqual(run('order/main.mjs'), 'slow:start,fast,slow:end,main\n');

// "type": "module": .js is ESM (no require), .cjs stays CommonJS.
assert.strictEqual(run('typemod/index.js'), 'undefined sub legacy true\n');

// JSON with `with { type: 'json' }`, statically and through import().
assert.strictEqual(run('json/with.mjs'), '42 true\n');

// A worker from an ES module file, which imports CommonJS dynamically.
assert.strictEqual(run('worker/main.mjs'), 'from worker: cjs-value true\n');
