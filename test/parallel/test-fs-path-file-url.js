'use strict';
// file: URL objects are paths; other schemes, hosts and encoded slashes are
// refused with node's URL error codes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { pathToFileURL } = require('url');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('url file.txt');
const url = pathToFileURL(file);
assert.ok(url.href.includes('url%20file.txt'));

fs.writeFileSync(url, 'via url');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'via url');
assert.strictEqual(fs.readFileSync(url, 'utf8'), 'via url');
assert.strictEqual(fs.statSync(url).size, 7);
assert.strictEqual(fs.existsSync(url), true);

// Errors name the converted path, not the URL.
const missing = pathToFileURL(tmpdir.resolve('missing'));
assert.throws(() => fs.readFileSync(missing), {
  code: 'ENOENT',
  path: tmpdir.resolve('missing'),
});

assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME',
  name: 'TypeError',
  message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://host/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2fb')), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters',
});

fs.readFile(url, 'utf8', common.mustSucceed((text) => {
  assert.strictEqual(text, 'via url');
}));
fs.promises.readFile(url, 'utf8').then(common.mustCall((text) => {
  assert.strictEqual(text, 'via url');
}));
