'use strict';
// A thrown plain object is inspected, without the hint.
throw { reason: 'plain object', nested: { depth: [1, 2] } };
