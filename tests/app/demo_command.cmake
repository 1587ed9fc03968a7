# Runs the real executable's command line: --version, --demo FILE (and the
# refusal to overwrite), --help. Invoked by ctest with -DORDO=... -DWORKDIR=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")

execute_process(COMMAND "${ORDO}" --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Ordo [0-9]+\\.[0-9]+")
    message(FATAL_ERROR "ordo --version failed (${rc}): ${out}")
endif()

execute_process(COMMAND "${ORDO}" --help OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "--demo")
    message(FATAL_ERROR "ordo --help does not list --demo (${rc}): ${out}")
endif()

set(demo "${WORKDIR}/demo.ordo")
execute_process(COMMAND "${ORDO}" --demo "${demo}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${demo}")
    message(FATAL_ERROR "ordo --demo failed (${rc}): ${out} ${err}")
endif()
file(READ "${demo}" header LIMIT 16 HEX)
if(NOT header STREQUAL "53514c69746520666f726d6174203300")
    message(FATAL_ERROR "the demo file is not a SQLite database: ${header}")
endif()

file(SHA256 "${demo}" before)
execute_process(COMMAND "${ORDO}" --demo "${demo}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(SHA256 "${demo}" after)
if(rc EQUAL 0 OR NOT before STREQUAL after)
    message(FATAL_ERROR "ordo --demo overwrote an existing file (${rc})")
endif()
message(STATUS "ordo --version, --help and --demo work")
