'use strict';
// fork of the runtime itself + the first message round trip, 20 times in a
// row: the child answers the parent's first message and exits.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.once('message', (message) => {
    process.send({ echo: message });
    process.disconnect();
  });
} else {
  let left = 20;
  const next = () => {
    const child = fork(__filename, ['child']);
    child.once('message', (message) => {
      if (message.echo !== left) throw new Error('bad echo');
    });
    child.on('exit', () => {
      if (--left > 0) next();
    });
    child.send(left);
  };
  next();
}
