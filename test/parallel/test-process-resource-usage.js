'use strict';
// memoryUsage, cpuUsage (with a previous value), resourceUsage and uptime.
require('../common');
const assert = require('assert');

const mem = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mem),
                       ['rss', 'heapTotal', 'heapUsed', 'external',
                        'arrayBuffers']);
for (const value of Object.values(mem)) assert.ok(value >= 0);
assert.ok(mem.heapUsed <= mem.heapTotal);
assert.ok(process.memoryUsage.rss() > 0);

const cpu = process.cpuUsage();
assert.ok(cpu.user >= 0 && cpu.system >= 0);
const delta = process.cpuUsage(cpu);
assert.ok(delta.user >= 0 && delta.system >= 0);
assert.throws(() => process.cpuUsage(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.cpuUsage({ user: -1, system: 0 }),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
assert.throws(() => process.cpuUsage({ user: 'x', system: 0 }),
              { code: 'ERR_INVALID_ARG_TYPE' });

assert.deepStrictEqual(Object.keys(process.resourceUsage()), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault',
  'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
const up = process.uptime();
assert.ok(up > 0 && up < 60);
