'use strict';
// readableDidRead turns true once data was emitted; stream.isDisturbed()
// also counts an aborted stream.
require('../common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
r.push('x');
assert.strictEqual(r.readableDidRead, false);
assert.strictEqual(stream.isDisturbed(r), false);
r.read();
assert.strictEqual(r.readableDidRead, true);
assert.strictEqual(stream.isDisturbed(r), true);

const a = new stream.Readable({ read() {} });
a.on('error', () => {});
a.destroy(new Error('x'));
assert.strictEqual(a.readableDidRead, false);
assert.strictEqual(stream.isDisturbed(a), true);
