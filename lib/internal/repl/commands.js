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
const path = require('path');

function defineDefaultCommands(repl, runLoaded) {
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
      let text = '';
      for (const name of names) {
        const help = this.commands[name].help || '';
        text += `.${name}${StringPrototypeRepeat(' ', width - name.length + 3)}` +
          `${help}\n`;
      }
      text += '\nPress Ctrl+C to abort current expression, ' +
        'Ctrl+D to exit the REPL\n';
      this.output.write(text);
      this.displayPrompt();
    },
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, ArrayPrototypeJoin(this.lines, '\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        const stats = fs.statSync(file);
        if (!stats.isFile()) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
          this.displayPrompt();
          return;
        }
        data = fs.readFileSync(path.resolve(file), 'utf8');
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      // Run as one piece, as editor mode would.
      runLoaded(this, data);
    },
  });

  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.output.write(
          '// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
  }
}

module.exports = { defineDefaultCommands };
