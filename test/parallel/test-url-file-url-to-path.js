'use strict';
// url.fileURLToPath for POSIX and Windows paths, and its errors.
require('../common');
const assert = require('assert');
const url = require('url');

const posix = { windows: false };
const win = { windows: true };
assert.strictEqual(url.fileURLToPath('file:///a/b%20c/%E2%82%AC', posix), '/a/b c/€');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/'), posix), '/x/');
assert.strictEqual(url.fileURLToPath('file://localhost/etc', posix), '/etc');
assert.strictEqual(url.fileURLToPath('file:///C:/a/b', win), 'C:\\a\\b');
assert.strictEqual(url.fileURLToPath('file://server/share/f', win), '\\\\server\\share\\f');
assert.strictEqual(url.fileURLToPath('file://xn--tda/s', win), '\\\\ü\\s');
assert.throws(() => url.fileURLToPath('file://host/x', posix), {
  code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => url.fileURLToPath('file:///a%2fb', posix), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file:///C:/a%5Cb', win), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.throws(() => url.fileURLToPath('file:///a', win), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => url.fileURLToPath('http://x/'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
for (const bad of [1, null, {}]) {
  assert.throws(() => url.fileURLToPath(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "path" argument must be of type string or an instance of URL\./,
  });
}
