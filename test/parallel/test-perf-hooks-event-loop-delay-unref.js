'use strict';
// An enabled event loop delay monitor does not keep the process alive.
require('../common');
const assert = require('assert');
const { monitorEventLoopDelay } = require('perf_hooks');

const h = monitorEventLoopDelay({ resolution: 1 });
assert.strictEqual(h.enable(), true);
// The test passes by exiting (a ref'ed timer would keep it running).
