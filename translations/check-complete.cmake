# Fails if any user-visible string in the sources lacks a German translation:
# runs lupdate on a copy of ordo_de.ts and looks for unfinished entries.
# ctest passes -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/ordo_de.ts" DESTINATION "${WORK_DIR}")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none
                        "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui"
                        -ts "${WORK_DIR}/ordo_de.ts"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out} ${err}")
endif()
file(READ "${WORK_DIR}/ordo_de.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>|type=\"unfinished\"" tokens "${ts}")
set(unfinished "")
set(last "")
foreach(token IN LISTS tokens)
    if(token STREQUAL "type=\"unfinished\"")
        list(APPEND unfinished "${last}")
    else()
        set(last "${token}")
    endif()
endforeach()
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings have no German translation (update translations/ordo_de.ts):\n${unfinished}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "All ${total} user-visible strings are translated to German")
