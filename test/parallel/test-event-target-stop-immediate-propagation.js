'use strict';
// stopImmediatePropagation() skips the remaining listeners of this dispatch.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
target.addEventListener('foo', common.mustCall((event) => {
  event.stopImmediatePropagation();
  assert.strictEqual(event.cancelBubble, true);
}));
target.addEventListener('foo', common.mustNotCall());
target.dispatchEvent(new Event('foo'));

// stopPropagation() alone does not (there is no tree to propagate in).
const other = new EventTarget();
other.addEventListener('foo', (event) => event.stopPropagation());
other.addEventListener('foo', common.mustCall());
other.dispatchEvent(new Event('foo'));
