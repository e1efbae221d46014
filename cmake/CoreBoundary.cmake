# core must never depend on QtWidgets (or QtGui): the engine, the command line and the exporters run
# on machines without a display. Two guards, both failing the build:
#   1. at configure time, the link libraries of the core target;
#   2. at build time, every core source is scanned for an include of a QtWidgets/QtGui header
#      (the header names are read from the installed Qt, so new classes are covered too).
# The include folders of QtWidgets and QtGui, whose headers core must not include.
function(proxydeck_forbidden_include_dirs out)
    set(dirs_found)
    foreach(module Widgets Gui)
        get_target_property(dirs Qt6::${module} INTERFACE_INCLUDE_DIRECTORIES)
        foreach(dir IN LISTS dirs)
            if(dir MATCHES "Qt${module}$")
                list(APPEND dirs_found "${dir}")
            endif()
        endforeach()
    endforeach()
    set(${out} "${dirs_found}" PARENT_SCOPE)
endfunction()

function(proxydeck_enforce_core_boundary target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Widgets|Qt6::Gui|Qt::Gui")
            message(FATAL_ERROR "${target} links ${lib}: core must not depend on QtWidgets or QtGui")
        endif()
    endforeach()

    proxydeck_forbidden_include_dirs(forbidden_dirs)

    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(absolute_sources)
    foreach(src IN LISTS sources)
        if(NOT IS_ABSOLUTE "${src}")
            set(src "${source_dir}/${src}")
        endif()
        list(APPEND absolute_sources "${src}")
    endforeach()

    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_boundary.stamp")
    add_custom_command(
        OUTPUT "${stamp}"
        COMMAND ${CMAKE_COMMAND}
            "-DSOURCES=${absolute_sources}"
            "-DFORBIDDEN_DIRS=${forbidden_dirs}"
            "-DSTAMP=${stamp}"
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake"
        DEPENDS ${absolute_sources} "${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake"
        COMMENT "Checking that ${target} includes no QtWidgets/QtGui header"
        VERBATIM)
    add_custom_target(${target}_boundary DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_boundary)
endfunction()
