'use strict';
// v8.startupSnapshot outside a snapshot build: isBuildingSnapshot() is
// falsy (node 20 returns 0), and the rest throw ERR_NOT_BUILDING_SNAPSHOT
// before looking at their arguments.
require('../common');
const assert = require('assert');
const { startupSnapshot } = require('v8');

assert.deepStrictEqual(Object.keys(startupSnapshot), [
  'addDeserializeCallback',
  'addSerializeCallback',
  'setDeserializeMainFunction',
  'isBuildingSnapshot',
]);
assert.strictEqual(startupSnapshot.isBuildingSnapshot(), 0);
for (const name of ['addDeserializeCallback', 'addSerializeCallback',
  'setDeserializeMainFunction']) {
  for (const arg of [() => {}, 'not a function']) {
    assert.throws(() => startupSnapshot[name](arg), {
      name: 'Error',
      code: 'ERR_NOT_BUILDING_SNAPSHOT',
      message: 'Operation cannot be invoked when not building startup snapshot',
    });
  }
}
