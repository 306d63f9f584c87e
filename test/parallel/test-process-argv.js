'use strict';
// process.argv: the executable, the absolute script path, then arguments;
// argv0 and execPath.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(Array.isArray(process.execArgv));
