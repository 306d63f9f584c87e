'use strict';
// console.assert/count/countReset/group/dir/error/warn/info/debug and a
// trace (its frames below the first are our loader's).
console.log('log %s %d %i %f %j %o %%', 'str', 42.5, 42.5, 1.5, { j: 1 }, [1]);
console.info('info');
console.debug('debug');
console.error('error to stderr');
console.warn('warn to stderr');
console.assert(true, 'not shown');
console.assert(false, 'shown %s', 'formatted');
console.assert(false);
console.assert(false, { an: 'object' });
console.count();
console.count();
console.count('label');
console.countReset();
console.count();
console.group('group 1');
console.log('inside');
console.group();
console.log('two levels\nmultiline');
console.groupEnd();
console.groupEnd();
console.log('outside');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' });
console.countReset('never');
console.timeEnd('never');
