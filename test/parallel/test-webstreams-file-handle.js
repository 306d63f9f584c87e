'use strict';
// FileHandle.prototype.readableWebStream(): default and 'bytes' streams,
// and the locked/closed errors.

const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { open } = require('fs/promises');

(async () => {
  const expected = fs.readFileSync(__filename);
  const file = await open(__filename);
  const chunks = [];
  for await (const chunk of file.readableWebStream()) {
    assert.ok(chunk instanceof ArrayBuffer);
    chunks.push(Buffer.from(chunk));
  }
  assert.deepStrictEqual(Buffer.concat(chunks), expected);
  assert.throws(() => file.readableWebStream(),
                { code: 'ERR_INVALID_STATE', message: /locked/ });
  await file.close();
  assert.throws(() => file.readableWebStream(),
                { code: 'ERR_INVALID_STATE', message: /closed/ });

  const bytes = await open(__filename);
  const reader = bytes.readableWebStream({ type: 'bytes' })
    .getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(12));
  assert.strictEqual(Buffer.from(value).toString(), "'use strict'");
  await reader.cancel();
  await bytes.close();
})().then(common.mustCall());
