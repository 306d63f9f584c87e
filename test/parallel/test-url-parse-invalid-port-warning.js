'use strict';
// url.parse() moves a non-numeric port into the path and warns once
// (DEP0170).
const common = require('../common');
const assert = require('assert');
const url = require('url');

common.expectWarning('DeprecationWarning',
                     'The URL http://x.com:abc/ is invalid. Future versions of ' +
                     'Node.js will throw an error.', 'DEP0170');
const parsed = url.parse('http://x.com:abc/');
assert.strictEqual(parsed.hostname, 'x.com');
assert.strictEqual(parsed.port, null);
assert.strictEqual(parsed.pathname, '/:abc/');
// Only the first one warns.
url.parse('http://y.com:def/');
