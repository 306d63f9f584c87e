// A runtime error thrown at a module's top level.
const value = 1;
throw new Error(`boom ${value}`);
