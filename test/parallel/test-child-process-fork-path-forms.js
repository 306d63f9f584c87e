'use strict';
// fork() takes the module as a string, a Buffer or a file: URL; anything
// else is node's ERR_INVALID_ARG_TYPE, another URL scheme
// ERR_INVALID_URL_SCHEME.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const { pathToFileURL } = require('url');

if (process.argv[2] === 'child') {
  process.send(process.argv[3]);
  return;
}

for (const [form, path] of [['url', pathToFileURL(__filename)],
                            ['buffer', Buffer.from(__filename)]]) {
  const child = fork(path, ['child', form]);
  child.on('message', common.mustCall((message) => {
    assert.strictEqual(message, form);
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

assert.throws(() => fork(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "modulePath" argument must be of type string or an instance ' +
    'of Buffer or URL. Received type number (1)',
});
assert.throws(() => fork(new URL('http://example.org/x.js')), {
  code: 'ERR_INVALID_URL_SCHEME',
});
