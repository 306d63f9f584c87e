'use strict';
// require.main, module.id/filename/loaded/paths/children/parent.
require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');

assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.paths[0],
                   path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths.at(-1), '/node_modules');
assert.strictEqual(module.parent, null);

const file = fixtures.path('modules', 'file.cjs');
require(file);
const child = module.children.find((m) => m.filename === file);
assert.ok(child);
assert.strictEqual(child.id, file);
assert.strictEqual(child.loaded, true);
assert.strictEqual(child.parent, module);
setImmediate(() => assert.strictEqual(module.loaded, true));
