'use strict';
// compose() makes one Duplex of several stages: writes enter the first,
// reads come out of the last; an error in a stage destroys it.
const common = require('../common');
const assert = require('assert');
const { Duplex, PassThrough, Transform, Writable, compose } = require('stream');

(async () => {
  const d = compose(
    new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }),
    async function* (source) {
      for await (const chunk of source) yield `${chunk}!`;
    },
  );
  assert.ok(d instanceof Duplex);
  assert.strictEqual(d.readable, true);
  assert.strictEqual(d.writable, true);
  d.end('hi');
  assert.deepStrictEqual(await d.toArray(), ['HI!']);

  const failing = compose(new PassThrough(), async function* (source) {
    for await (const chunk of source) throw new Error(`bad ${chunk}`);
  });
  failing.end('x');
  await assert.rejects(failing.toArray(), { message: 'bad x' });

  assert.throws(() => compose(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "streams" argument must be specified',
  });
  assert.throws(() => compose(new Writable({ write() {} }), new PassThrough()), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'streams\[0\]' must be readable\. Received /,
  });
})().then(common.mustCall());
