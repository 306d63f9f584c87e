'use strict';

// The builtin module loader. Receives (process, internalBinding,
// primordials) and returns `requireBuiltin(id)`, which compiles an embedded
// lib/ file once and caches its exports. BuiltinModule decides which ids
// user code may require.

/* global process, internalBinding, primordials */

const {
  ArrayPrototypePush,
  ObjectDefineProperty,
  SafeMap,
  SafeSet,
  StringPrototypeStartsWith,
  StringPrototypeSlice,
} = primordials;

// What the bootstrap loaded, in order, as node's process.moduleLoadList.
const moduleLoadList = [];
ObjectDefineProperty(process, 'moduleLoadList', {
  __proto__: null, value: moduleLoadList, configurable: true, enumerable: true,
  writable: false,
});

const bindingCache = new SafeMap();
function getBinding(name) {
  let binding = bindingCache.get(name);
  if (binding === undefined) {
    binding = internalBinding(name);
    bindingCache.set(name, binding);
    ArrayPrototypePush(moduleLoadList, `Internal Binding ${name}`);
  }
  return binding;
}

const { builtinIds, compileFunction } = getBinding('builtins');

// Public modules that exist only with the `node:` prefix.
const schemelessBlockList = new SafeSet(['test', 'test/reporters']);

class BuiltinModule {
  static map = new SafeMap();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
    this.canBeRequiredByUsers = !StringPrototypeStartsWith(id, 'internal/') &&
      !StringPrototypeStartsWith(id, 'internal_');
  }

  static exists(id) {
    return BuiltinModule.map.has(id);
  }

  static canBeRequiredByUsers(id) {
    const mod = BuiltinModule.map.get(id);
    return mod !== undefined && mod.canBeRequiredByUsers;
  }

  // Ids a user can `require(id)` without the `node:` scheme.
  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) &&
      !schemelessBlockList.has(id);
  }

  static normalizeRequirableId(id) {
    if (StringPrototypeStartsWith(id, 'node:')) {
      const normalized = StringPrototypeSlice(id, 5);
      if (BuiltinModule.canBeRequiredByUsers(normalized)) return normalized;
    } else if (BuiltinModule.canBeRequiredWithoutScheme(id)) {
      return id;
    }
    return undefined;
  }

  static getSchemeOnlyModuleNames() {
    return [...schemelessBlockList];
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    const list = [];
    for (const { 0: id, 1: mod } of BuiltinModule.map) {
      if (mod.canBeRequiredByUsers && !schemelessBlockList.has(id)) {
        list[list.length] = id;
      }
    }
    return list;
  }

  compileForPublicLoader() {
    if (!this.canBeRequiredByUsers) {
      throw new Error(`Should not compile ${this.id} for public use`);
    }
    this.compileForInternalLoader();
    return this.exports;
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    ArrayPrototypePush(moduleLoadList, `NativeModule ${this.id}`);
    try {
      const fn = compileFunction(this.id);
      fn(this.exports, requireBuiltin, this, process, getBinding, primordials);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

for (let i = 0; i < builtinIds.length; i++) {
  const id = builtinIds[i];
  if (StringPrototypeStartsWith(id, 'internal/bootstrap/') ||
      StringPrototypeStartsWith(id, 'internal/main/') ||
      id === 'internal/per_context/primordials') {
    continue;
  }
  BuiltinModule.map.set(id, new BuiltinModule(id));
}

function requireBuiltin(id) {
  if (id === 'internal/bootstrap/realm') return loaderExports;
  const mod = BuiltinModule.map.get(id);
  if (mod === undefined) {
    throw new Error(`No such built-in module: ${id}`);
  }
  return mod.compileForInternalLoader();
}

const loaderExports = {
  internalBinding: getBinding,
  BuiltinModule,
  require: requireBuiltin,
};

// `require('internal/bootstrap/realm')` gives the loader itself.
ObjectDefineProperty(requireBuiltin, 'loaderExports', {
  __proto__: null, value: loaderExports,
});

return requireBuiltin;
