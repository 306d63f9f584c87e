'use strict';
// new Worker() argument validation: error classes, codes and messages.
require('../common');
const assert = require('assert');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

// filename: a string or URL.
for (const [value, received] of [
  [42, 'type number (42)'],
  [undefined, 'undefined'],
  [null, 'null'],
  [{}, 'an instance of Object'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
]) {
  assert.throws(() => new Worker(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "filename" argument must be of type string or an instance ' +
             `of URL. Received ${received}`,
  });
}

// A bare or plain relative path.
for (const file of ['relative.js', 'foo/bar.js', 'x.mjs', '.hidden.js']) {
  assert.throws(() => new Worker(file), {
    name: 'TypeError',
    code: 'ERR_WORKER_PATH',
    message: 'The worker script or module filename must be an absolute path ' +
             "or a relative path starting with './' or '../'. " +
             `Received "${file}"`,
  });
}

// URLs: only file: (and data:) schemes.
for (const url of ['http://example.com/x.js', 'https://a/b.js', 'blob:nothing']) {
  assert.throws(() => new Worker(new URL(url)), {
    name: 'TypeError',
    code: 'ERR_INVALID_URL_SCHEME',
    message: 'The URL must be of scheme file',
  });
}

// eval with a URL.
assert.throws(() => new Worker(pathToFileURL(__filename), { eval: true }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.eval' must be false when 'filename' is not " +
           'a string. Received true',
});

// options.env.
for (const [value, received] of [['x', "type string ('x')"],
                                 [1, 'type number (1)'],
                                 [true, 'type boolean (true)'],
                                 [Symbol('other'), 'type symbol (Symbol(other))']]) {
  assert.throws(() => new Worker('', { eval: true, env: value }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.env" property must be of type object or one of ' +
             'undefined, null, or worker_threads.SHARE_ENV. ' +
             `Received ${received}`,
  });
}

// options.argv and options.execArgv: arrays.
for (const key of ['argv', 'execArgv']) {
  for (const [value, received] of [['x', "type string ('x')"],
                                   [{ length: 0 }, 'an instance of Object'],
                                   [5, 'type number (5)']]) {
    assert.throws(() => new Worker('', { eval: true, [key]: value }), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.${key}" property must be an instance of Array. ` +
               `Received ${received}`,
    });
  }
}

// options.name: a string.
assert.throws(() => new Worker('', { eval: true, name: 1 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. ' +
           'Received type number (1)',
});

// workerData must be cloneable.
assert.throws(() => new Worker('', { eval: true, workerData: () => {} }), {
  name: 'DataCloneError',
  code: 25,
  message: '() => {} could not be cloned.',
});
assert.throws(() => new Worker('', { eval: true, workerData: { s: Symbol() } }), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.message, 'Symbol() could not be cloned.');
  return true;
});

// transferList: an object that is not transferable.
assert.throws(() => new Worker('', { eval: true, transferList: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
});

// execArgv flags that are not valid for a worker.
assert.throws(() => new Worker('', { eval: true, execArgv: ['--foo-bar'] }), {
  name: 'Error',
  code: 'ERR_WORKER_INVALID_EXEC_ARGV',
  message: 'Initiated Worker with invalid execArgv flags: --foo-bar',
});
