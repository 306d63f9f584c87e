'use strict';
// A listener removed by an earlier listener of the same dispatch is skipped.
const common = require('../common');

const target = new EventTarget();
const second = common.mustNotCall();
target.addEventListener('foo', common.mustCall(() => {
  target.removeEventListener('foo', second);
}));
target.addEventListener('foo', second);
target.dispatchEvent(new Event('foo'));
