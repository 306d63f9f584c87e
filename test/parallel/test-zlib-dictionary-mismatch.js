'use strict';
// Preset dictionaries: round trips (zlib and raw), and the errors for a
// missing or wrong dictionary on the Sync and stream forms.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const dictionary = Buffer.from('GET POST HTTP/1.1 Host: Accept-Encoding');
const text = Buffer.from('GET / HTTP/1.1\r\nHost: example\r\nAccept-Encoding: gzip');

for (const dict of [dictionary, new Uint8Array(dictionary).buffer,
                    new DataView(new Uint8Array(dictionary).buffer)]) {
  const c = zlib.deflateSync(text, { dictionary: dict });
  assert.deepStrictEqual(zlib.inflateSync(c, { dictionary: dict }), text);
  const raw = zlib.deflateRawSync(text, { dictionary: dict });
  assert.deepStrictEqual(zlib.inflateRawSync(raw, { dictionary: dict }), text);
}
// The dictionary makes the output smaller.
assert.ok(zlib.deflateSync(text, { dictionary }).length <
          zlib.deflateSync(text).length);

const compressed = zlib.deflateSync(text, { dictionary });
assert.throws(() => zlib.inflateSync(compressed), {
  message: 'Missing dictionary', errno: 2, code: 'Z_NEED_DICT',
});
assert.throws(() => zlib.inflateSync(compressed, {
  dictionary: Buffer.from('something else'),
}), { message: 'Bad dictionary', errno: 2, code: 'Z_NEED_DICT' });

// A raw stream has no dictionary id: a wrong one gives wrong data or a data
// error, never a crash.
{
  const raw = zlib.deflateRawSync(text, { dictionary });
  try {
    const out = zlib.inflateRawSync(raw, { dictionary: Buffer.from('zzzz') });
    assert.notDeepStrictEqual(out, text);
  } catch (err) {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
  }
}

// Streams: the same errors as 'error' events.
{
  const inflate = zlib.createInflate({ dictionary: Buffer.from('nope') });
  inflate.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'Bad dictionary');
    assert.strictEqual(err.code, 'Z_NEED_DICT');
  }));
  inflate.end(compressed);
}
{
  const inflate = zlib.createInflate();
  inflate.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'Missing dictionary');
  }));
  inflate.end(compressed);
}

// reset() keeps the dictionary: a second stream with it decodes.
{
  const deflate = zlib.createDeflate({ dictionary });
  const first = deflate._processChunk(text, zlib.constants.Z_FINISH);
  assert.deepStrictEqual(zlib.inflateSync(first, { dictionary }), text);
}
{
  const inflate = zlib.createInflateRaw({ dictionary });
  const raw = zlib.deflateRawSync(text, { dictionary });
  inflate.reset();
  assert.deepStrictEqual(inflate._processChunk(raw, zlib.constants.Z_FINISH),
                         text);
}
