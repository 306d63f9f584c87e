'use strict';
// URLSearchParams.sort() is stable and orders names by UTF-16 code units,
// for short and long lists alike.
require('../common');
const assert = require('assert');

const p = new URLSearchParams('z=1&a=2&é=3&b=4&a=1&\u{1F600}=5&\uFFFD=6');
p.sort();
assert.deepStrictEqual([...p.keys()], ['a', 'a', 'b', 'z', 'é', '\u{1F600}', '\uFFFD']);
assert.deepStrictEqual(p.getAll('a'), ['2', '1']);

const long = new URLSearchParams();
for (let i = 150; i > 0; i--) long.append(`k${i % 7}`, String(i));
long.sort();
const entries = [...long];
for (let i = 1; i < entries.length; i++) {
  assert.ok(entries[i - 1][0] <= entries[i][0]);
  if (entries[i - 1][0] === entries[i][0]) {
    // Equal names keep their order (here: descending values).
    assert.ok(Number(entries[i - 1][1]) > Number(entries[i][1]));
  }
}
