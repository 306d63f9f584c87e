'use strict';
// module.SourceMap: construction from a payload, the cloned payload,
// findEntry (0-based) and findOrigin (1-based), VLQ edge values, unsorted
// columns, index maps, and node's errors for bad input.
require('../common');
const assert = require('assert');
const { SourceMap, findSourceMap } = require('module');

// Bad payloads: node's ERR_INVALID_ARG_TYPE.
for (const bad of [1, true, 'map', null, undefined, [], () => {}]) {
  assert.throws(() => new SourceMap(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
// A payload without sources is a TypeError.
assert.throws(() => new SourceMap({ mappings: 'AAAA' }), TypeError);

assert.strictEqual(typeof SourceMap, 'function');
assert.strictEqual(SourceMap.name, 'SourceMap');
assert.deepStrictEqual(
  Object.getOwnPropertyNames(SourceMap.prototype).sort(),
  ['constructor', 'findEntry', 'findOrigin', 'lineLengths', 'payload']);

// The payload is a copy: its arrays are the map's own.
{
  const payload = {
    version: 3,
    sources: ['a.ts', 'b.ts'],
    names: ['first', 'second'],
    mappings: 'AAAA;AACAA,KCCCC',
  };
  const map = new SourceMap(payload, { lineLengths: [4, 12] });
  assert.notStrictEqual(map.payload, payload);
  assert.notStrictEqual(map.payload.sources, payload.sources);
  assert.deepStrictEqual(map.payload, payload);
  // A fresh copy each time.
  assert.notStrictEqual(map.payload, map.payload);
  map.payload.sources.push('d.ts');
  assert.strictEqual(map.payload.sources.length, 2);
  assert.deepStrictEqual(map.lineLengths, [4, 12]);
  payload.sources.push('c.ts');
  assert.strictEqual(map.payload.sources.length, 2);

  assert.deepStrictEqual(map.findEntry(0, 0), {
    generatedLine: 0, generatedColumn: 0, originalSource: 'a.ts',
    originalLine: 0, originalColumn: 0, name: undefined,
  });
  // The last mapping at or before the position, across lines too.
  assert.deepStrictEqual(map.findEntry(1, 3), {
    generatedLine: 1, generatedColumn: 0, originalSource: 'a.ts',
    originalLine: 1, originalColumn: 0, name: 'first',
  });
  assert.deepStrictEqual(map.findEntry(1, 5), {
    generatedLine: 1, generatedColumn: 5, originalSource: 'b.ts',
    originalLine: 2, originalColumn: 1, name: 'second',
  });
  assert.strictEqual(map.findEntry(9, 0).generatedColumn, 5);
  // Before the first mapping: an empty object; positions that do not
  // compare fall after every mapping.
  assert.deepStrictEqual(map.findEntry(-1, 0), {});
  assert.strictEqual(map.findEntry().name, 'second');
  // findOrigin: 1-based, moved by the distance to the mapping.
  assert.deepStrictEqual(map.findOrigin(2, 8), {
    name: 'second', fileName: 'b.ts', lineNumber: 3, columnNumber: 4,
  });
  assert.deepStrictEqual(map.findOrigin(0, 0), {});
}

// No lineLengths given: undefined.
assert.strictEqual(
  new SourceMap({ sources: ['x.js'], mappings: 'AAAA' }).lineLengths,
  undefined);

// A one-field segment maps nowhere; findOrigin gives {} there.
{
  const map = new SourceMap({ sources: ['x.js'], mappings: 'A,EAAE' });
  assert.deepStrictEqual(map.findEntry(0, 1), {
    generatedLine: 0, generatedColumn: 0, originalSource: undefined,
    originalLine: undefined, originalColumn: undefined, name: undefined,
  });
  assert.deepStrictEqual(map.findOrigin(1, 1), {});
  assert.strictEqual(map.findEntry(0, 2).originalColumn, 2);
}

// Malformed mappings: no entries, no throw.
{
  const map = new SourceMap({ sources: ['x.js'], mappings: ';;;;' });
  assert.deepStrictEqual(map.findEntry(0, 0), {});
  assert.deepStrictEqual(map.findOrigin(1, 1), {});
}

// VLQ values at the edges of 32 bits ('B' is "minus zero").
{
  const decodings = {
    A: 0, B: -2147483648, C: 1, D: -1, gB: 16, hB: -16,
    '+/////D': 2147483647, '//////D': -2147483647,
  };
  for (const [vlq, value] of Object.entries(decodings)) {
    const map = new SourceMap({ sources: ['x.js'], mappings: `AAA${vlq}` });
    assert.strictEqual(map.findEntry(0, 0).originalColumn, value, vlq);
  }
}

// Columns that go backwards within a line are sorted.
{
  const map = new SourceMap({ sources: ['x.js'], mappings: 'UAAA,FAAE,FAAE' });
  assert.strictEqual(map.findEntry(0, 6).originalColumn, 4);
  assert.strictEqual(map.findEntry(0, 8).originalColumn, 2);
  assert.strictEqual(map.findEntry(0, 10).originalColumn, 0);
}

// An index map: each section's mappings moved by its offset (the column
// offset only on the section's first line).
{
  const map = new SourceMap({
    version: 3,
    sections: [
      { offset: { line: 0, column: 0 },
        map: { sources: ['one.js'], mappings: 'AAAA' } },
      { offset: { line: 2, column: 10 },
        map: { sources: ['two.js'], mappings: 'AAAA,EAAC;AACA' } },
    ],
  });
  assert.strictEqual(map.findEntry(0, 3).originalSource, 'one.js');
  assert.deepStrictEqual(map.findEntry(2, 10), {
    generatedLine: 2, generatedColumn: 10, originalSource: 'two.js',
    originalLine: 0, originalColumn: 0, name: undefined,
  });
  assert.strictEqual(map.findEntry(2, 12).originalColumn, 1);
  assert.strictEqual(map.findEntry(2, 9).originalSource, 'one.js');
  assert.deepStrictEqual(map.findEntry(3, 0), {
    generatedLine: 3, generatedColumn: 0, originalSource: 'two.js',
    originalLine: 1, originalColumn: 1, name: undefined,
  });
  assert.notStrictEqual(map.payload.sections[1].map,
                        undefined);
}

// findSourceMap: undefined for code without a map, and for non-strings.
assert.strictEqual(findSourceMap(__filename), undefined);
assert.strictEqual(findSourceMap(''), undefined);
assert.strictEqual(findSourceMap('no-such-file.js'), undefined);
assert.strictEqual(findSourceMap(), undefined);
assert.strictEqual(findSourceMap(42), undefined);
