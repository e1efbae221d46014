#pragma once

// Exit codes of the command line, documented in README.md ("Exit codes"). Stable: scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,           // the operation failed (I/O error, nothing to import, …)
    ExitUsage = 2,             // unknown command or option, or an invalid value
    ExitSettingsUnusable = 3,  // the settings file is damaged, unreadable or from a newer version
    ExitKeychain = 4,          // the OS keychain is unavailable or refused the operation
};
