'use strict';
// url.format(URL, { auth, fragment, search, unicode }).
require('../common');
const assert = require('assert');
const url = require('url');

const u = new URL('http://user:pw@xn--tda.com:81/p?q=1#frag');
assert.strictEqual(url.format(u), 'http://user:pw@xn--tda.com:81/p?q=1#frag');
assert.strictEqual(url.format(u, { unicode: true }), 'http://user:pw@ü.com:81/p?q=1#frag');
assert.strictEqual(url.format(u, { auth: false, fragment: false, search: false }),
                   'http://xn--tda.com:81/p');
assert.strictEqual(url.format(u, { auth: 0, search: '' }), 'http://xn--tda.com:81/p#frag');
assert.throws(() => url.format(u, 'bad'), { code: 'ERR_INVALID_ARG_TYPE', message: /"options"/ });
