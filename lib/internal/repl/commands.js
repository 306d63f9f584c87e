'use strict';

// The REPL's dot commands: .break .clear .editor .exit .help .load .save.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeSort,
  MathMax,
  ObjectKeys,
  StringPrototypeRepeat,
} = primordials;

const fs = require('fs');
const {
  codes: {
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

function defineDefaultCommands(repl, editorMode, kLoading) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });

  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' :
      'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });

  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = ArrayPrototypeSort(ObjectKeys(this.commands));
      let width = 0;
      for (const name of names) width = MathMax(width, name.length);
      for (const name of names) {
        const help = this.commands[name].help;
        const spaces = StringPrototypeRepeat(' ', width - name.length + 3);
        this.output.write(`.${name}${help ? spaces + help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, ' +
        'Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      if (!file) {
        this.output.write(`${new ERR_MISSING_ARGS('file').message}\n`);
      } else {
        try {
          fs.writeFileSync(file, ArrayPrototypeJoin(this.lines, '\n'));
          this.output.write(`Session saved to: ${file}\n`);
        } catch {
          this.output.write(`Failed to save: ${file}\n`);
        }
      }
      this.displayPrompt();
    },
  });

  // The file's text is typed in editor mode (so it is echoed on a
  // terminal), then evaluated as one piece.
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      if (!file) {
        this.output.write(`${new ERR_MISSING_ARGS('file').message}\n`);
        this.displayPrompt();
        return;
      }
      try {
        const stats = fs.statSync(file);
        if (stats.isFile()) {
          editorMode(this, true);
          this[kLoading] = true;
          const data = fs.readFileSync(file, 'utf8');
          this.write(data);
          this[kLoading] = false;
          editorMode(this, false);
          this.write('\n');
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this[kLoading] = false;
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });

  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        editorMode(this, true);
        this.output.write(
          '// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

module.exports = { defineDefaultCommands };
