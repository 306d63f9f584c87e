'use strict';
// Builtins win over node_modules, `node:` reaches them too, and the module
// module lists them.
require('../common');
const assert = require('assert');
const Module = require('module');
const { createRequire } = require('module');
const fixtures = require('../common/fixtures');

const req = createRequire(fixtures.path('modules', 'x.js'));
assert.strictEqual(req('events'), require('node:events'));
assert.notStrictEqual(req('events'), 'not the builtin events');
assert.strictEqual(req.resolve('path'), 'path');
assert.strictEqual(req.resolve('node:path'), 'node:path');
assert.strictEqual(req.resolve.paths('path'), null);

assert.ok(Array.isArray(Module.builtinModules));
assert.ok(Object.isFrozen(Module.builtinModules));
for (const name of ['events', 'path', 'timers', 'util', 'assert', 'module']) {
  assert.ok(Module.builtinModules.includes(name), name);
  assert.strictEqual(Module.isBuiltin(name), true);
  assert.strictEqual(Module.isBuiltin(`node:${name}`), true);
}
assert.ok(!Module.builtinModules.some((m) => m.startsWith('internal/')));
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
