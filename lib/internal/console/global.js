'use strict';

// The global `console`: its methods are own properties bound to it (as in
// node), and it writes to whatever process.stdout/stderr are at the time.

const {
  FunctionPrototypeBind,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  SymbolToStringTag,
} = primordials;

const {
  Console,
  initConsole,
  kStdout,
  kStderr,
} = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

initConsole(globalConsole, undefined, undefined, true, 'auto', undefined, 2);
// _stdout and _stderr follow process.stdout/stderr until assigned.
for (const { 0: key, 1: name } of [[kStdout, 'stdout'], [kStderr, 'stderr']]) {
  let assigned;
  ObjectDefineProperty(globalConsole, key, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return assigned ?? process[name]; },
    set(stream) { assigned = stream; },
  });
}

for (const key of ReflectOwnKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = {
    __proto__: null, ...ObjectGetOwnPropertyDescriptor(Console.prototype, key),
  };
  if (typeof desc.value === 'function') {
    desc.value = FunctionPrototypeBind(desc.value, globalConsole);
    ObjectDefineProperty(desc.value, 'name', { __proto__: null, value: key });
  }
  ObjectDefineProperty(globalConsole, key, desc);
}

ObjectDefineProperty(globalConsole, SymbolToStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true,
  value: 'console',
});

globalConsole.Console = Console;

module.exports = globalConsole;
