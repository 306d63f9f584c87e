'use strict';
// --unhandled-rejections: an unknown mode is refused (exit 9); 'warn'
// warns even when an 'unhandledRejection' listener ran, and a non-error
// reason is shown as its string, not inspected. 'multipleResolves' (with
// DEP0160 when a listener is added) reports a second resolve or reject.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

let r = spawnSync(process.execPath,
                  ['--unhandled-rejections=sometimes', '-e', '0'],
                  { encoding: 'utf8' });
assert.strictEqual(r.status, 9);
assert.match(r.stderr, /invalid value for --unhandled-rejections/);

r = spawnSync(process.execPath, ['--unhandled-rejections=warn', '-e', `
  process.on('unhandledRejection', () => console.log('event'));
  process.on('warning', (w) => console.log(w.name, w.message.slice(0, 24)));
  Promise.reject('plain text');`], { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout,
                   'event\n' +
                   'UnhandledPromiseRejectionWarning plain text\n' +
                   'UnhandledPromiseRejectionWarning Unhandled promise reject\n');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.code, 'DEP0160');
}));
const seen = [];
process.on('multipleResolves', (type, promise, value) => {
  seen.push([type, value]);
});
new Promise((resolve, reject) => {
  resolve(1);
  resolve(2);
  reject(3);
});
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(seen, [['resolve', 2], ['reject', 3]]);
}), 1);
