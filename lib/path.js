'use strict';
// The `path` module: the posix and win32 flavours, cross-linked, with the
// one matching the platform as the module itself.

const posix = require('internal/path/posix');
const win32 = require('internal/path/win32');

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// Kept for old callers: node's private alias of toNamespacedPath.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
