'use strict';
// A text fixture for the zlib benchmarks: pseudo-random English-like lines
// (words from a fixed list, xorshift32), made once into
// $NODUS_BENCH_FIXTURES/zlib-text-<MiB>.txt and reused.
const fs = require('fs');
const path = require('path');

const words = ('the of and to in is was that for on as with by he at from ' +
  'his it an were are which this be or has had but not they their have one ' +
  'you all her she there would been when who will more no if out so said ' +
  'what up its about into than them can only other new some could time ' +
  'these two may then do first any my now such like our over man me even ' +
  'most made after also did many before must through back years where much ' +
  'your way well down should because each just those people how too little ' +
  'state good very make world still own see men work long get here between ' +
  'both life being under never day same another know while last might us ' +
  'great old year off come since against go came right used take three ' +
  'compression stream buffer deflate inflate window dictionary checksum')
  .split(' ');

function textFixture(mib) {
  const dir = process.env.NODUS_BENCH_FIXTURES || '/tmp';
  const file = path.join(dir, `zlib-text-${mib}.txt`);
  const size = mib << 20;
  if (fs.existsSync(file) && fs.statSync(file).size === size) return file;
  fs.mkdirSync(dir, { recursive: true });
  const out = Buffer.alloc(size);
  let seed = 2463534242;
  let pos = 0;
  let column = 0;
  while (pos < size) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const word = words[(seed >>> 0) % words.length];
    pos += out.write(word, pos, 'latin1');
    column += word.length + 1;
    if (pos < size) out[pos++] = column > 72 ? 10 : 32;
    if (column > 72) column = 0;
  }
  fs.writeFileSync(file + '.tmp', out);
  fs.renameSync(file + '.tmp', file);
  return file;
}

module.exports = { textFixture };
