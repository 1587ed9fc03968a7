# `ordo --report SPRINT --output FILE PRODUCT` and `ordo --dashboard --output FILE PRODUCT`, as a
# weekly job runs them: no display, no terminal. Checks what they write (pdftotext reads the PDF),
# that refusals say why and write nothing, and that the product file is left as it was.
# Invoked by ctest with -DORDO=... -DWORKDIR=... -DPDFTOTEXT=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}/runtime")
file(CHMOD "${WORKDIR}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(env ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
        XDG_CONFIG_HOME=${WORKDIR}/config XDG_DATA_HOME=${WORKDIR}/data XDG_RUNTIME_DIR=${WORKDIR}/runtime)

set(demo "${WORKDIR}/demo.ordo")
execute_process(COMMAND "${ORDO}" --demo "${demo}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ordo --demo failed (${rc})")
endif()
file(SHA256 "${demo}" before)

function(ordo_ok expected_file)
    execute_process(COMMAND ${env} "${ORDO}" ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
    if(NOT rc EQUAL 0 OR NOT EXISTS "${expected_file}")
        message(FATAL_ERROR "ordo ${ARGN} failed (${rc}): ${out} ${err}")
    endif()
endfunction()

function(ordo_refused message_pattern)
    execute_process(COMMAND ${env} "${ORDO}" ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
    if(rc EQUAL 0 OR NOT err MATCHES "${message_pattern}")
        message(FATAL_ERROR "ordo ${ARGN} should be refused with \"${message_pattern}\" (${rc}): ${out} ${err}")
    endif()
endfunction()

# The review of a closed sprint as PDF: its goal, its rejection and page numbers.
ordo_ok("${WORKDIR}/review.pdf" --report "sprint 4" --output "${WORKDIR}/review.pdf" --page-size letter "${demo}")
execute_process(COMMAND "${PDFTOTEXT}" "${WORKDIR}/review.pdf" - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
string(REGEX REPLACE "[ \n]+" " " text "${text}")
foreach(expected "Sprint 4 review" "Substitutions stop surprising customers and stores" "Partly met"
                 "see which items" "the store managers need that count" "Page 1 of" "Anna Berg, Partner stores")
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the PDF report lacks \"${expected}\":\n${text}")
    endif()
endforeach()

# The running sprint by its alias, as one HTML file; the last closed one as Markdown.
ordo_ok("${WORKDIR}/current.html" --report current --output "${WORKDIR}/current.html" "${demo}")
file(READ "${WORKDIR}/current.html" html)
if(NOT html MATCHES "<title>Sprint 5 review</title>" OR NOT html MATCHES "src=\"data:image/png;base64,")
    message(FATAL_ERROR "the HTML report is not the running sprint's with its charts inside")
endif()
ordo_ok("${WORKDIR}/last.md" --report last --output "${WORKDIR}/last.md" "${demo}")
file(READ "${WORKDIR}/last.md" markdown)
if(NOT markdown MATCHES "^\\*\\*Sprint 4 review\\*\\*")
    message(FATAL_ERROR "--report last is not Sprint 4's: ${markdown}")
endif()

# The dashboard.
ordo_ok("${WORKDIR}/dashboard.html" --dashboard --output "${WORKDIR}/dashboard.html" "${demo}")
file(READ "${WORKDIR}/dashboard.html" html)
if(NOT html MATCHES "Top of the Product Backlog" OR NOT html MATCHES "Current sprint: Sprint 5")
    message(FATAL_ERROR "the dashboard lacks the top of the backlog or the running sprint")
endif()

# Refusals: each says why, and writes nothing.
ordo_refused("no sprint called .+Sprint 9.+; its sprints: Sprint 1" --report "Sprint 9" --output "${WORKDIR}/no.pdf" "${demo}")
ordo_refused("--output" --report "Sprint 4" "${demo}")
ordo_refused("page size is a4 or letter" --report "Sprint 4" --output "${WORKDIR}/no.pdf" --page-size a5 "${demo}")
ordo_refused("does not exist" --dashboard --output "${WORKDIR}/no.html" "${WORKDIR}/missing.ordo")
ordo_refused("\\.html or \\.pdf" --dashboard --output "${WORKDIR}/no.md" "${demo}")
foreach(refused no.pdf no.html no.md missing.ordo)
    if(EXISTS "${WORKDIR}/${refused}")
        message(FATAL_ERROR "a refused command wrote ${refused}")
    endif()
endforeach()

file(SHA256 "${demo}" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "writing reports changed the product file")
endif()
message(STATUS "ordo --report and --dashboard write PDF, HTML and Markdown without a display")
