'use strict';

// The symbol-keyed methods and fields of readline's Interface, shared by
// internal/readline/interface (core), internal/readline/editing (terminal
// line editing) and lib/readline.js, which maps the legacy `_name` methods
// and fields onto them. Descriptions are node's (they show in inspect()).

const {
  Symbol,
} = primordials;

module.exports = {
  // Fields.
  kDecoder: Symbol('_decoder'),
  kKillRing: Symbol('_killRing'),
  kKillRingCursor: Symbol('_killRingCursor'),
  kLine_buffer: Symbol('_line_buffer'),
  kLineObjectStream: Symbol('line object stream'),
  kOldPrompt: Symbol('_oldPrompt'),
  kPreviousKey: Symbol('_previousKey'),
  kPrompt: Symbol('_prompt'),
  kQuestionCallback: Symbol('_questionCallback'),
  kRedoStack: Symbol('_redoStack'),
  kSawReturnAt: Symbol('_sawReturnAt'),
  kSubstringSearch: Symbol('kSubstringSearch'),
  kUndoStack: Symbol('_undoStack'),
  kYanking: Symbol('_yanking'),
  // Methods.
  kAddHistory: Symbol('_addHistory'),
  kBeforeEdit: Symbol('_beforeEdit'),
  kDeleteLeft: Symbol('_deleteLeft'),
  kDeleteLineLeft: Symbol('_deleteLineLeft'),
  kDeleteLineRight: Symbol('_deleteLineRight'),
  kDeleteRight: Symbol('_deleteRight'),
  kDeleteWordLeft: Symbol('_deleteWordLeft'),
  kDeleteWordRight: Symbol('_deleteWordRight'),
  kGetDisplayPos: Symbol('_getDisplayPos'),
  kHistoryNext: Symbol('_historyNext'),
  kHistoryPrev: Symbol('_historyPrev'),
  kInsertString: Symbol('_insertString'),
  kLine: Symbol('_line'),
  kMoveCursor: Symbol('_moveCursor'),
  kNormalWrite: Symbol('_normalWrite'),
  kOnLine: Symbol('_onLine'),
  kPushToKillRing: Symbol('_pushToKillRing'),
  kPushToUndoStack: Symbol('_pushToUndoStack'),
  kQuestion: Symbol('kQuestion'),
  kQuestionCancel: Symbol('kQuestionCancel'),
  kRedo: Symbol('_redo'),
  kRefreshLine: Symbol('_refreshLine'),
  kSetRawMode: Symbol('_setRawMode'),
  kTabComplete: Symbol('_tabComplete'),
  kTabCompleter: Symbol('_tabCompleter'),
  kTtyWrite: Symbol('_ttyWrite'),
  kUndo: Symbol('_undo'),
  kWordLeft: Symbol('_wordLeft'),
  kWordRight: Symbol('_wordRight'),
  kWriteToOutput: Symbol('_writeToOutput'),
  kYank: Symbol('_yank'),
  kYankPop: Symbol('_yankPop'),
};
