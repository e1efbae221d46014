#pragma once

// Keeps secrets held in memory out of core dumps: the process is made non-dumpable and its core
// size limit set to zero (Linux/Unix). A no-op where the platform has no such switch.
class ProcessHardening
{
public:
    static void disableCoreDumps();
};
