'use strict';

// The source maps of loaded code, while source maps are on
// (--enable-source-maps, process.setSourceMapsEnabled(true)): each
// CommonJS module and ES module whose source has a
// `//# sourceMappingURL=` comment has its map read (a file beside it, or a
// data: URL), its `sources` made absolute URLs, and kept by the URL of the
// code. module.findSourceMap(path or URL) builds a SourceMap from it on
// first use. This file loads only once source maps are switched on.
//
// The map of a CommonJS module lives as long as the module: it is found
// through a weak reference, so deleting the module from require.cache lets
// both be collected.

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  JSONParse,
  RegExpPrototypeExec,
  SafeMap,
  SafeWeakMap,
  SafeWeakRef,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  decodeURIComponent,
} = primordials;

const { getSourceMapsEnabled } = require('internal/process/per_thread');

let urlModule;
const lazyURL = () => (urlModule ??= require('internal/url'));
let SourceMap;

// url -> entry, for code that is never collected (ES modules).
const sourceMapsByURL = new SafeMap();
// url -> WeakRef to the CommonJS module; the module -> its entry.
const cjsModulesByURL = new SafeMap();
const cjsEntries = new SafeWeakMap();
// `//# sourceURL=` of cached code -> the URL it is cached by: V8 names
// such code by its sourceURL in messages.
const sourceURLAliases = new SafeMap();
const kSourceURL = /\/\/[#@]\s*sourceURL=\s*(\S+)\s*$/m;

const kSchemeURL = /^\w+:\/\//;

// A path or URL as the cache's key: paths become file: URLs.
function toURL(filenameOrURL) {
  if (RegExpPrototypeExec(kSchemeURL, filenameOrURL) !== null ||
      StringPrototypeStartsWith(filenameOrURL, 'data:') ||
      StringPrototypeStartsWith(filenameOrURL, 'node:')) {
    return filenameOrURL;
  }
  return lazyURL().pathToFileURL(filenameOrURL).href;
}

// Lengths of the lines of `content` (a line ends at \n, U+2028 or U+2029;
// a \r before \n counts in its line).
function lineLengths(content) {
  const out = [];
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const c = StringPrototypeCharCodeAt(content, i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      ArrayPrototypePush(out, i - start);
      start = i + 1;
    }
  }
  ArrayPrototypePush(out, content.length - start);
  return out;
}

// The `sources` of a map made absolute: joined to its sourceRoot, then
// resolved against the map's own URL (a URL with a scheme stays as is).
function resolveSources(map, baseURL) {
  const { URL } = lazyURL();
  if (ArrayIsArray(map.sources)) {
    const root = map.sourceRoot ? `${map.sourceRoot}` : '';
    map.sources = ArrayPrototypeMap(map.sources, (source) =>
      new URL(`${root}${source}`, baseURL).href);
    // The root is in the sources now.
    map.sourceRoot = '';
  }
  if (ArrayIsArray(map.sections)) {
    for (let i = 0; i < map.sections.length; i++) {
      const section = map.sections[i];
      if (section?.map != null) resolveSources(section.map, baseURL);
    }
  }
  return map;
}

// The payload of a data: URL (application/json, base64 or percent-encoded),
// or null.
function mapFromDataURL(sourceMapURL, moduleURL) {
  const comma = StringPrototypeIndexOf(sourceMapURL, ',');
  if (comma === -1) return null;
  const params = StringPrototypeSplit(StringPrototypeSlice(sourceMapURL, 5, comma), ';');
  if (params[0] !== 'application/json') return null;
  const body = StringPrototypeSlice(sourceMapURL, comma + 1);
  const text = params[params.length - 1] === 'base64' ?
    require('buffer').Buffer.from(body, 'base64').toString('utf8') :
    decodeURIComponent(body);
  return resolveSources(JSONParse(text), moduleURL);
}

function mapFromFile(mapURL) {
  const { readFileSync } = require('fs');
  const text = readFileSync(lazyURL().fileURLToPath(mapURL), 'utf8');
  return resolveSources(JSONParse(text), mapURL);
}

// The payload for `sourceMapURL` as found in the code at `moduleURL`;
// null when it cannot be read or parsed (the program runs on).
function readSourceMap(moduleURL, sourceMapURL) {
  try {
    if (StringPrototypeStartsWith(sourceMapURL, 'data:')) {
      return { data: mapFromDataURL(sourceMapURL, moduleURL), url: null };
    }
    const mapURL = new (lazyURL().URL)(sourceMapURL, moduleURL).href;
    return { data: mapFromFile(mapURL), url: sourceMapURL };
  } catch {
    return { data: null, url: sourceMapURL };
  }
}

// Called by the loaders for code about to run: `sourceMapURL` is what V8
// read from the code's magic comment (undefined or '' when it has none).
// `cjsModule` ties the entry's life to a CommonJS module.
function maybeCacheSourceMap(filename, content, cjsModule, sourceMapURL) {
  if (!getSourceMapsEnabled()) return;
  if (typeof sourceMapURL !== 'string' || sourceMapURL === '') return;
  if (typeof filename !== 'string') return;
  let url;
  try {
    url = toURL(filename);
  } catch {
    return;
  }
  const { data, url: mapURL } = readSourceMap(url, sourceMapURL);
  const entry = {
    __proto__: null,
    data,
    url: mapURL,
    lineLengths: lineLengths(content),
    sourceMap: undefined,
  };
  if (StringPrototypeIndexOf(content, 'sourceURL') !== -1) {
    const match = RegExpPrototypeExec(kSourceURL, content);
    if (match !== null) {
      try {
        sourceURLAliases.set(toURL(match[1]), url);
      } catch {
        // Not a usable URL: the code is found by its own only.
      }
    }
  }
  if (cjsModule != null && typeof cjsModule === 'object') {
    cjsEntries.set(cjsModule, entry);
    cjsModulesByURL.set(url, new SafeWeakRef(cjsModule));
    sourceMapsByURL.delete(url);
  } else {
    sourceMapsByURL.set(url, entry);
  }
}

function entryOf(url) {
  return ownEntryOf(url) ?? ownEntryOf(sourceURLAliases.get(url));
}

function ownEntryOf(url) {
  const entry = sourceMapsByURL.get(url);
  if (entry !== undefined) return entry;
  const ref = cjsModulesByURL.get(url);
  if (ref === undefined) return undefined;
  const cjsModule = ref.deref();
  if (cjsModule === undefined) {
    cjsModulesByURL.delete(url);
    return undefined;
  }
  return cjsEntries.get(cjsModule);
}

// module.findSourceMap(path or URL) -> SourceMap, or undefined when the
// code there has no (readable) source map.
function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  let url;
  try {
    url = toURL(sourceURL);
  } catch {
    return undefined;
  }
  const entry = entryOf(url);
  if (entry === undefined || entry.data === null) return undefined;
  if (entry.sourceMap === undefined) {
    SourceMap ??= require('internal/source_map/source_map').SourceMap;
    entry.sourceMap = new SourceMap(entry.data,
                                    { lineLengths: entry.lineLengths });
  }
  return entry.sourceMap;
}

module.exports = {
  findSourceMap,
  maybeCacheSourceMap,
};
