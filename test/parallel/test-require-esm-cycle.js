'use strict';
// require() of an ES module inside a cycle fails with
// ERR_REQUIRE_CYCLE_MODULE: requiring the module whose graph is being
// evaluated, or importing from it the CommonJS module that is still
// loading, or an ES module still being evaluated, names the module and
// where the request came from.
// process.features.require_module follows --[no-]experimental-require-module.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = (name, text) => {
  fs.writeFileSync(path.join(tmpdir.path, name), text);
  return path.join(tmpdir.path, name);
};
const esm = file('esm.mjs', "import value from './cjs.cjs';\n" +
                 'export default value;\n');
const cjs = file('cjs.cjs', "module.exports = require('./esm.mjs');\n");
const requiresEsm = file('requires-esm.cjs', "require('./esm.mjs');\n");
const requiresCjs = file('requires-cjs.cjs', "require('./cjs.cjs');\n");

function stderrOf(entry) {
  const run = spawnSync(process.execPath, [entry], { encoding: 'utf8' });
  assert.strictEqual(run.status, 1, run.stderr);
  assert.match(run.stderr, /code: 'ERR_REQUIRE_CYCLE_MODULE'/);
  return run.stderr;
}

const requireCycle = (from) =>
  `Cannot require() ES Module ${esm} in a cycle. (from ${from})`;
const importCycle = `Cannot import CommonJS Module ./cjs.cjs in a cycle. ` +
  `(from ${esm})`;
assert.ok(stderrOf(requiresEsm).includes(requireCycle(requiresEsm)));
assert.ok(stderrOf(esm).includes(
  `Cannot require() ES Module ${esm} in a cycle.`));
assert.ok(stderrOf(requiresCjs).includes(importCycle));
assert.ok(stderrOf(cjs).includes(importCycle));

// An ES module being evaluated, imported again by the graph that a
// require() in its CommonJS dependency loads: top.mjs -> mid.cjs ->
// low.mjs -> top.mjs.
const top = file('top.mjs', "import './mid.cjs';\n");
file('mid.cjs', "require('./low.mjs');\n");
const low = file('low.mjs', "import './top.mjs';\n");
assert.ok(stderrOf(top).includes(
  `Cannot import Module ./top.mjs in a cycle. (from ${low})`));

for (const [args, expected] of [[[], 'true'],
  [['--no-experimental-require-module'], 'false']]) {
  const run = spawnSync(process.execPath,
                        [...args, '-p', 'process.features.require_module'],
                        { encoding: 'utf8' });
  assert.strictEqual(run.stdout.trim(), expected);
}
