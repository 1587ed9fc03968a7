# `ordo` without a display (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM) says so in one
# line on stderr and exits non-zero, instead of Qt's platform-plugin abort.
# Invoked by ctest with -DORDO=... -DWORKDIR=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            XDG_CONFIG_HOME=${WORKDIR}/config XDG_DATA_HOME=${WORKDIR}/data
            "${ORDO}" "${WORKDIR}/product.ordo"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 60)
if(rc EQUAL 0)
    message(FATAL_ERROR "ordo without a display exited 0: ${out} ${err}")
endif()
string(STRIP "${err}" message)
if(NOT message MATCHES "display" OR message MATCHES "\n")
    message(FATAL_ERROR "ordo without a display should say so in one line; it printed (${rc}):\n${err}")
endif()
if(err MATCHES "platform plugin" OR EXISTS "${WORKDIR}/product.ordo")
    message(FATAL_ERROR "ordo without a display went on as far as Qt's platform or the file (${rc}):\n${err}")
endif()
message(STATUS "without a display: ${message} (exit ${rc})")
