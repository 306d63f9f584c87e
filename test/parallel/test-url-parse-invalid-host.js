'use strict';
// url.parse() throws ERR_INVALID_URL when IDNA leaves an empty or
// forbidden hostname.
require('../common');
const assert = require('assert');
const url = require('url');

assert.throws(() => url.parse('http://xn--/'), {
  code: 'ERR_INVALID_URL', name: 'TypeError', message: 'Invalid URL',
  input: 'http://xn--/',
});
assert.throws(() => url.parse('http://a.xn--a/x'), { code: 'ERR_INVALID_URL', input: 'http://a.xn--a/x' });
// An IPv6 hostname with a forbidden char.
assert.throws(() => url.parse('http://[a<b]/'), { code: 'ERR_INVALID_URL' });
