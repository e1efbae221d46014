# One bounded libFuzzer run, for the fuzzrun_<name> tests:
#   cmake -DFUZZER=<fuzz_x> -DNAME=x -DSOURCE_DIR=tests/fuzz -DWORK_DIR=<scratch> -DRUNS=4000
#         -DSECONDS=30 [-DSEED=1] -P RunBounded.cmake
# The run is reproducible: a fixed seed, a fixed number of inputs, and the corpus handed over as a
# sorted file list (-seed_inputs), since libFuzzer would otherwise take a folder in the order the
# file system lists it. The same commit starts from the same inputs and mutations on every machine
# (targets whose code runs Qt timers or threads drift by a few coverage features), so CI does not
# fail on a random new path; SECONDS caps the time on a slow machine (a prefix of the sequence).
# Exploring with fresh seeds is a separate, longer run (README, Hardening).
# New inputs go to WORK_DIR/found (never into the source corpus, which is only read); a crash,
# leak, timeout or sanitizer report leaves its input in WORK_DIR and fails with libFuzzer's output.
foreach(var FUZZER NAME SOURCE_DIR WORK_DIR RUNS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunBounded.cmake: -D${var}= is missing")
    endif()
endforeach()
if(NOT DEFINED SEED)
    set(SEED 1)
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/found")
file(GLOB seeds LIST_DIRECTORIES false "${SOURCE_DIR}/corpus/${NAME}/*")
list(SORT seeds)
string(REPLACE ";" "," seed_list "${seeds}")
file(WRITE "${WORK_DIR}/seeds.txt" "${seed_list}")
list(LENGTH seeds seed_count)
# -runs counts the corpus replay too.
math(EXPR runs "${seed_count} + ${RUNS}")

# -reload=0: libFuzzer would otherwise re-read the folder it writes to every second (timing).
set(args -seed=${SEED} -runs=${runs} -max_total_time=${SECONDS} -reload=0 -timeout=10 -rss_limit_mb=2048
    -print_final_stats=1 -seed_inputs=@${WORK_DIR}/seeds.txt -artifact_prefix=${WORK_DIR}/)
if(EXISTS "${SOURCE_DIR}/${NAME}.dict")
    list(APPEND args -dict=${SOURCE_DIR}/${NAME}.dict)
endif()
execute_process(
    COMMAND "${FUZZER}" ${args} "${WORK_DIR}/found"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" executed "${output}")
string(REGEX MATCHALL "cov: [0-9]+ ft: [0-9]+" coverage "${output}")
list(GET coverage -1 coverage)
if(NOT result EQUAL 0)
    file(GLOB found "${WORK_DIR}/crash-*" "${WORK_DIR}/leak-*" "${WORK_DIR}/timeout-*" "${WORK_DIR}/oom-*")
    message("${output}")
    message(FATAL_ERROR "fuzz_${NAME} found a failing input (exit ${result}): ${found}\n"
        "Fix it, add the input to tests/fuzz/corpus/${NAME}/ and a regression test.")
endif()
string(REPLACE "stat::number_of_executed_units:" "" executed "${executed}")
string(STRIP "${executed}" executed)
message("fuzz_${NAME}: seed ${SEED}, ${executed} of ${runs} inputs (${seed_count} from the corpus), ${coverage}, "
    "no finding")
