// SPDX-License-Identifier: MIT
// The state of fds 0-2 around the process's life (defined in src/stdio.cc;
// a header named stdio.h would shadow the C library's): libuv makes pipes
// non-blocking and terminals raw, and the shell that started us shares them
// and must get them back as they were.
#pragma once

namespace nodus {

// At start-up, before anything opens fds 0-2 as libuv handles: makes sure
// they are open (/dev/null where closed, as node does), remembers their
// O_NONBLOCK flag and terminal modes, and arranges for RestoreStdioState to
// run at exit and on SIGINT/SIGTERM.
void SaveStdioState();

// Leaves raw mode and puts back what SaveStdioState saw. Async-signal-safe.
void RestoreStdioState();

}  // namespace nodus
