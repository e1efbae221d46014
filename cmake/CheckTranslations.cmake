cmake_minimum_required(VERSION 3.21)
# Script mode: fails when running lupdate over the sources would change a committed .ts file,
# i.e. when a user-visible string was added or changed without updating the translations.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB committed "${SOURCE_DIR}/translations/*.ts")
set(copies)
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete core ui app -ts ${copies}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
set(stale)
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    if(NOT before STREQUAL after)
        list(APPEND stale "translations/${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Out of date: ${stale}. Run: cmake --build build/dev --target update_translations")
endif()
message(STATUS "Translations are up to date: ${committed}")
