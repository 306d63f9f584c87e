'use strict';
// An aborted signal makes readFile fail with an AbortError carrying the
// reason as `cause`, in the callback and promise forms.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const controller = new AbortController();
const reason = new Error('stop');
controller.abort(reason);

fs.readFile(__filename, { signal: controller.signal },
            common.mustCall((err, data) => {
              assert.strictEqual(data, undefined);
              assert.strictEqual(err.name, 'AbortError');
              assert.strictEqual(err.code, 'ABORT_ERR');
              assert.strictEqual(err.cause, reason);
            }));

assert.rejects(fs.promises.readFile(__filename, { signal: controller.signal }),
               { name: 'AbortError', code: 'ABORT_ERR', cause: reason })
  .then(common.mustCall());

assert.throws(() => fs.readFile(__filename, { signal: 'x' }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "options\.signal" property must be an instance of AbortSignal/,
});

// A signal that is never aborted changes nothing.
fs.readFile(__filename, { signal: new AbortController().signal },
            common.mustSucceed((data) => {
              assert.ok(data.length > 0);
            }));
