# Runs `ordo --export FORMAT --output FILE PRODUCT.ordo` as a script would: each format from the
# demo product, the JSON backup restored with --import into a new file and exported again to the
# same bytes, and the refusals (exit code 1, a message on stderr, nothing written).
# Invoked by ctest with -DORDO=... -DWORKDIR=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
set(demo "${WORKDIR}/demo.ordo")
execute_process(COMMAND "${ORDO}" --demo "${demo}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ordo --demo failed (${rc}): ${out} ${err}")
endif()

foreach(format_header IN ITEMS "jira|csv|Issue Id,Issue key,Parent,Summary" "azure|csv|ID,Work Item Type,Title 1,Title 2"
                               "json|json|{")
    string(REPLACE "|" ";" format_header "${format_header}")
    list(GET format_header 0 format)
    list(GET format_header 1 extension)
    list(GET format_header 2 header)
    set(output "${WORKDIR}/${format}.${extension}")
    execute_process(COMMAND "${ORDO}" --export ${format} --output "${output}" "${demo}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT EXISTS "${output}" OR NOT out MATCHES "Wrote [0-9]+ item")
        message(FATAL_ERROR "ordo --export ${format} failed (${rc}): ${out} ${err}")
    endif()
    file(READ "${output}" content)
    string(FIND "${content}" "${header}" at)
    if(NOT at EQUAL 0)
        message(FATAL_ERROR "the ${format} export does not start with its header: ${content}")
    endif()
endforeach()
file(READ "${WORKDIR}/json.json" backup)
if(NOT backup MATCHES "\"format\": \"ordo-backup\"")
    message(FATAL_ERROR "the JSON export is no Ordo backup")
endif()

# The backup restored into a new product and exported again: the same bytes.
set(restored "${WORKDIR}/restored.ordo")
execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/json.json" --into "${restored}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${restored}" OR NOT out MATCHES "Restored [0-9]+ item")
    message(FATAL_ERROR "restoring the backup failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${ORDO}" --export JSON --output "${WORKDIR}/again.json" "${restored}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(SHA256 "${WORKDIR}/json.json" first)
file(SHA256 "${WORKDIR}/again.json" second)
if(NOT rc EQUAL 0 OR NOT first STREQUAL second)
    message(FATAL_ERROR "the restored product does not back up to the same bytes (${rc}): ${out} ${err}")
endif()

# A backup restores into a new file only.
file(SHA256 "${restored}" before)
execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/json.json" --into "${restored}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(SHA256 "${restored}" after)
if(NOT rc EQUAL 1 OR NOT err MATCHES "already exists" OR NOT before STREQUAL after)
    message(FATAL_ERROR "a backup was restored over an existing product (${rc}): ${out} ${err}")
endif()

# A backup from a newer Ordo is refused, and leaves no file.
string(REPLACE "\"version\": " "\"version\": 9" newer "${backup}")
file(WRITE "${WORKDIR}/newer.json" "${newer}")
execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/newer.json" --into "${WORKDIR}/newer.ordo"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "newer Ordo" OR EXISTS "${WORKDIR}/newer.ordo")
    message(FATAL_ERROR "a backup from a newer Ordo was not refused (${rc}): ${out} ${err}")
endif()

# Refusals: exit code 1 with a message, nothing written.
foreach(case IN ITEMS "unknown format|jira, azure or json|--export;csv;--output;${WORKDIR}/x.csv;${demo}"
                      "missing product|does not exist|--export;jira;--output;${WORKDIR}/x.csv;${WORKDIR}/missing.ordo"
                      "no output|--output FILE|--export;jira;${demo}"
                      "two products|the one product file|--export;jira;--output;${WORKDIR}/x.csv;${demo};${restored}"
                      "unwritable output|cannot be written|--export;jira;--output;${WORKDIR}/no/such/folder/x.csv;${demo}")
    string(REPLACE "|" ";" case "${case}")
    list(POP_FRONT case name expected)
    execute_process(COMMAND "${ORDO}" ${case} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 1 OR NOT err MATCHES "${expected}" OR EXISTS "${WORKDIR}/x.csv")
        message(FATAL_ERROR "${name}: not refused as expected (${rc}): ${out} ${err}")
    endif()
endforeach()
message(STATUS "ordo --export works")
