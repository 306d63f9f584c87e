'use strict';
// --disable-proto=delete removes Object.prototype.__proto__, =throw makes it
// an accessor throwing ERR_PROTO_ACCESS; in the main context, workers and
// vm contexts. Other values: exit 12, as node.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const probe = `
  const vm = require('vm');
  const { Worker } = require('worker_threads');
  console.log('__proto__' in {}, Object.getPrototypeOf({}) === Object.prototype,
              vm.runInNewContext("'__proto__' in {}"));
  new Worker("console.log('__proto__' in {})", { eval: true });
`;
assert.deepStrictEqual(run(['--disable-proto=delete', '-e', probe]),
                       { status: 0, stdout: 'false true false\nfalse\n',
                         stderr: '' });
assert.deepStrictEqual(run(['-e', probe]),
                       { status: 0, stdout: 'true true true\ntrue\n',
                         stderr: '' });

const thrower = `
  const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
  console.log(d.get === d.set, d.get.name === '', d.get.length,
              d.enumerable, d.configurable);
  for (const access of [() => ({}).__proto__, () => { ({}).__proto__ = 1; },
                        () => require('vm').runInNewContext('({}).__proto__')]) {
    try { access(); } catch (e) { console.log(e.code, e.message); }
  }
  console.log(({ __proto__: null }).toString === undefined);
`;
const message = 'Accessing Object.prototype.__proto__ has been disallowed ' +
  'with --disable-proto=throw';
assert.deepStrictEqual(run(['--disable-proto=throw', '-e', thrower]), {
  status: 0,
  stdout: 'true true 0 false true\n' +
    `ERR_PROTO_ACCESS ${message}\n`.repeat(3) + 'true\n',
  stderr: '',
});

assert.deepStrictEqual(run(['--disable-proto=foo', '-e', '0']), {
  status: 12, stdout: '',
  stderr: `${process.execPath}: invalid mode passed to --disable-proto\n`,
});
