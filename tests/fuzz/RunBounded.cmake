# One bounded libFuzzer run, for the fuzzrun_<name> tests:
#   cmake -DFUZZER=<fuzz_x> -DNAME=x -DSOURCE_DIR=tests/fuzz -DWORK_DIR=<scratch> -DSECONDS=20 -P RunBounded.cmake
# New inputs go to WORK_DIR/found (never into the source corpus, which is only read); a crash,
# leak, timeout or sanitizer report leaves its input in WORK_DIR and fails with libFuzzer's output.
foreach(var FUZZER NAME SOURCE_DIR WORK_DIR SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunBounded.cmake: -D${var}= is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/found")
set(args -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix=${WORK_DIR}/)
if(EXISTS "${SOURCE_DIR}/${NAME}.dict")
    list(APPEND args -dict=${SOURCE_DIR}/${NAME}.dict)
endif()
execute_process(
    COMMAND "${FUZZER}" ${args} "${WORK_DIR}/found" "${SOURCE_DIR}/corpus/${NAME}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" executed "${output}")
string(REGEX MATCH "cov: [0-9]+ ft: [0-9]+" coverage "${output}")
if(NOT result EQUAL 0)
    file(GLOB found "${WORK_DIR}/crash-*" "${WORK_DIR}/leak-*" "${WORK_DIR}/timeout-*" "${WORK_DIR}/oom-*")
    message("${output}")
    message(FATAL_ERROR "fuzz_${NAME} found a failing input (exit ${result}): ${found}\n"
        "Fix it, add the input to tests/fuzz/corpus/${NAME}/ and a regression test.")
endif()
string(REPLACE "stat::number_of_executed_units:" "" executed "${executed}")
string(STRIP "${executed}" executed)
message("fuzz_${NAME}: ${SECONDS} s, ${executed} inputs, ${coverage}, no finding")
