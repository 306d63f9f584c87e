'use strict';
// FileHandle.readLines() gives a readline interface over the file: lines
// without their endings, CRLF included; the handle closes at the end.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('lines.txt');
fs.writeFileSync(file, 'first\nsecond\r\nthird');

(async () => {
  const handle = await fs.promises.open(file);
  const lines = [];
  for await (const line of handle.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['first', 'second', 'third']);
  assert.strictEqual(handle.fd, -1);
})().then(common.mustCall());
