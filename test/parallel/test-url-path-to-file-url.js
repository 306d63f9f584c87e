'use strict';
// url.pathToFileURL resolves the path and percent-encodes what the URL
// parser would otherwise take for syntax: %, \ (POSIX), newline, CR, tab,
// ?, # and [ ] ^ | ~.
require('../common');
const assert = require('assert');
const url = require('url');

const realCwd = process.cwd;
process.cwd = () => '/tmp';
try {
  assert.strictEqual(url.pathToFileURL('/a#b?c d%\\\n\r\t\u0001é', { windows: false }).href,
                     'file:///a%23b%3Fc%20d%25%5C%0A%0D%09%01%C3%A9');
  assert.strictEqual(url.pathToFileURL('/a~b[]^|"{}', { windows: false }).href,
                     'file:///a%7Eb%5B%5D%5E%7C%22%7B%7D');
  assert.strictEqual(url.pathToFileURL('rel/x/', { windows: false }).href, 'file:///tmp/rel/x/');
  assert.ok(url.pathToFileURL('/x') instanceof URL);
  assert.strictEqual(url.pathToFileURL('C:\\a\\b', { windows: true }).href, 'file:///C:/a/b');
  assert.strictEqual(url.pathToFileURL('\\\\srv\\share\\x y', { windows: true }).href,
                     'file://srv/share/x%20y');
  assert.strictEqual(url.pathToFileURL('\\\\?\\UNC\\srv\\sh\\f', { windows: true }).href,
                     'file://srv/sh/f');
} finally {
  process.cwd = realCwd;
}
assert.throws(() => url.pathToFileURL('\\\\srv', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\srv'",
});
assert.throws(() => url.pathToFileURL('\\\\\\x', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE', message: /Empty UNC servername/,
});
assert.throws(() => url.pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: /^The "path" argument must be of type string\./,
});
