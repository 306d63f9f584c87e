'use strict';
// The timer of AbortSignal.timeout() does not keep the process alive.
const common = require('../common');

const signal = AbortSignal.timeout(1000000);
signal.onabort = common.mustNotCall();
// The test passes by exiting long before the timeout.
