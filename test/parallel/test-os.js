'use strict';
// The os module: types and shapes of every function, constants, EOL, and
// the coercion of the simple getters to their value.
require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.endianness(), 'LE');
for (const fn of ['hostname', 'release', 'version', 'machine', 'homedir',
                  'tmpdir']) {
  assert.strictEqual(typeof os[fn](), 'string', fn);
  assert.strictEqual(`${os[fn]}`, os[fn](), fn);
}
assert.ok(os.totalmem() > 0 && os.freemem() > 0);
assert.ok(os.freemem() <= os.totalmem());
assert.ok(os.uptime() > 0);
assert.ok(os.availableParallelism() >= 1);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const l of load) assert.ok(l >= 0);

const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.deepStrictEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpus[0].times),
                       ['user', 'nice', 'sys', 'idle', 'irq']);

const lo = os.networkInterfaces().lo;
const v4 = lo.find((i) => i.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4',
  mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8',
});

const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user),
                       ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.getuid());
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
assert.strictEqual(os.userInfo(1).username, user.username);

assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);
assert.strictEqual(Object.getPrototypeOf(os.constants.signals), null);

assert.strictEqual(typeof os.getPriority(), 'number');
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && ' +
    '<= 19. Received 100',
});
assert.throws(() => os.getPriority('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => os.setPriority(2 ** 30, 0), {
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH ' +
    '(no such process)',
  info: { errno: -3, code: 'ESRCH', message: 'no such process',
          syscall: 'uv_os_setpriority' },
});
