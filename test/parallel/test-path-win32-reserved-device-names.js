'use strict';
// win32 normalize() and join() keep a relative path from turning into a
// DOS device or a drive path (CVE-2024-36139, CVE-2025-27210).
require('../common');
const assert = require('assert');
const { win32 } = require('path');

assert.strictEqual(win32.normalize('CON:foo'), '.\\CON:foo');
assert.strictEqual(win32.normalize('COM1:'), '.\\COM1:.');
assert.strictEqual(win32.normalize('con:x/../y'), '.\\con:y');
assert.strictEqual(win32.normalize('COM\u00b9:a'), '.\\COM\u00b9:a');
assert.strictEqual(win32.normalize('LPT1.txt:x'), 'LPT1.txt:x');
assert.strictEqual(win32.normalize('a/../c:x'), '.\\c:x');
assert.strictEqual(win32.normalize('x/y:'), '.\\x\\y:');
assert.strictEqual(win32.normalize('C:CON'), 'C:CON');
assert.strictEqual(win32.normalize('\\\\.\\CON'), '\\\\.\\CON');
assert.strictEqual(win32.normalize('\\\\?\\C:\\a\\..\\b'), '\\\\?\\C:\\b');
assert.strictEqual(win32.resolve('\\\\.\\pipe\\x'), '\\\\.\\pipe\\x');
assert.strictEqual(win32.join('\\\\server', 'share'), '\\\\server\\share\\');
assert.strictEqual(win32.join('//', 'x'), '\\x');
