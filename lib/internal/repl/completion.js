'use strict';

// Tab completion in the REPL: dot commands, module names inside
// require('...'), global names and keywords, and the properties of a
// dotted name (`process.ver` -> process.version, process.versions). Only
// plain property chains are evaluated, so completing has no side effects
// beyond getters.

const {
  ArrayPrototypeFilter,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ObjectGetOwnPropertyNames,
  ObjectGetPrototypeOf,
  ObjectKeys,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const fs = require('fs');
const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');

const kKeywords = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'false',
  'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
  'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
];

const kRequireRe =
  /\brequire\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
const kExprRe = /(?:^|[^\p{L}\p{N}_$.\])'"`])((?:[\p{L}_$][\p{L}\p{N}_$]*(?:\?\.|\.))*)([\p{L}_$][\p{L}\p{N}_$]*)?$/u;
const kIdentRe = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

// The names of `obj` and its prototypes, one group per object, each group
// sorted, without duplicates across groups.
function propertyGroups(obj) {
  const groups = [];
  const seen = new SafeSet();
  let level = 0;
  while (obj !== null && obj !== undefined && level++ < 64) {
    let names;
    try {
      names = ObjectGetOwnPropertyNames(obj);
    } catch {
      break;
    }
    const group = [];
    for (const name of names) {
      if (seen.has(name) || RegExpPrototypeExec(kIdentRe, name) === null) {
        continue;
      }
      seen.add(name);
      ArrayPrototypePush(group, name);
    }
    if (group.length > 0) ArrayPrototypePush(groups, group);
    try {
      obj = ObjectGetPrototypeOf(obj);
    } catch {
      break;
    }
  }
  return groups;
}

// Flattens groups filtered by `filter`, prefixed with `prefix`, with ''
// between groups.
function flatten(groups, filter, prefix) {
  const out = [];
  const seen = new SafeSet();
  for (const group of groups) {
    const matching = ArrayPrototypeSort(ArrayPrototypeFilter(group, (name) =>
      StringPrototypeStartsWith(name, filter) && !seen.has(name)));
    if (matching.length === 0) continue;
    if (out.length > 0) ArrayPrototypePush(out, '');
    for (const name of matching) {
      seen.add(name);
      ArrayPrototypePush(out, prefix + name);
    }
  }
  return out;
}

function completeRequire(repl, match) {
  const completeOn = match[1];
  const dir = match[2] || '';
  const found = [];
  if (!StringPrototypeStartsWith(completeOn, '.') &&
      !StringPrototypeStartsWith(completeOn, '/')) {
    const ids = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
    for (const id of ids) {
      if (id[0] === '_') continue;
      ArrayPrototypePush(found, id);
      ArrayPrototypePush(found, `node:${id}`);
    }
  }
  if (dir !== '' || StringPrototypeStartsWith(completeOn, '.')) {
    const base = path.resolve(process.cwd(), dir || '.');
    let entries = [];
    try {
      entries = fs.readdirSync(base, { withFileTypes: true });
    } catch {
      entries = [];
    }
    for (const entry of entries) {
      let name = entry.name;
      if (entry.isDirectory()) name += '/';
      else if (StringPrototypeEndsWith(name, '.js')) {
        name = StringPrototypeSlice(name, 0, -3);
      } else if (!StringPrototypeEndsWith(name, '.json') &&
                 !StringPrototypeEndsWith(name, '.node')) {
        continue;
      }
      ArrayPrototypePush(found, dir + name);
    }
  }
  const list = ArrayPrototypeSort(ArrayPrototypeFilter(found, (id) =>
    StringPrototypeStartsWith(id, completeOn)));
  return [list, completeOn];
}

// Evaluates a chain `a.b.c` in the REPL's context, reading properties only.
function evaluateChain(repl, chain) {
  const parts = StringPrototypeSplit(chain, /\?\.|\./);
  let value;
  const context = repl.context;
  const first = parts[0];
  if (first in context) {
    value = context[first];
  } else {
    // A let/const of the global scope is not a property of the global
    // object: ask vm for it, which only reads a binding.
    try {
      const vm = require('vm');
      value = repl.useGlobal ? vm.runInThisContext(first) :
        vm.runInContext(first, context);
    } catch {
      return { ok: false };
    }
  }
  for (let i = 1; i < parts.length; i++) {
    if (value === null || value === undefined) return { ok: false };
    try {
      value = value[parts[i]];
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, value };
}

function complete(repl, line) {
  // Dot commands.
  const command = RegExpPrototypeExec(/^\s*\.(\w*)$/, line);
  if (command !== null && !repl.editorMode) {
    const names = ArrayPrototypeSort(ArrayPrototypeFilter(
      ObjectKeys(repl.commands), (name) =>
        StringPrototypeStartsWith(name, command[1])));
    return [names, command[1]];
  }
  const req = RegExpPrototypeExec(kRequireRe, line);
  if (req !== null) return completeRequire(repl, req);

  const expr = RegExpPrototypeExec(kExprRe, line);
  if (expr === null) return [[], ''];
  const chain = expr[1];
  const filter = expr[2] || '';
  if (chain === '') {
    if (filter === '' && line.length > 0 &&
        RegExpPrototypeExec(/[\s(,=]$/, line) === null) {
      return [[], ''];
    }
    const groups = propertyGroups(repl.context);
    ArrayPrototypePush(groups, kKeywords);
    return [flatten(groups, filter, ''), filter];
  }
  const base = StringPrototypeSlice(chain, 0,
                                    StringPrototypeEndsWith(chain, '?.') ?
                                      -2 : -1);
  const { ok, value } = evaluateChain(repl, base);
  if (!ok || value === null || value === undefined) return [[], chain + filter];
  let target = value;
  if (typeof target !== 'object' && typeof target !== 'function') {
    target = ObjectGetPrototypeOf(target);
  }
  const groups = propertyGroups(target);
  const prefix = chain;
  return [flatten(groups, filter, prefix), chain + filter];
}

module.exports = { complete };
