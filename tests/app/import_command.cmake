# Runs `ordo --import FILE --into PRODUCT.ordo` as a migration script would: into a new
# product, again into the same one (updating, not duplicating), and refusals that leave the
# product untouched. Invoked by ctest with -DORDO=... -DWORKDIR=... -DDATA=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
set(product "${WORKDIR}/harvest.ordo")

execute_process(COMMAND "${ORDO}" --import "${DATA}/jira-cloud.csv" --into "${product}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${product}" OR NOT out MATCHES "Imported 6 items" OR NOT out MATCHES "into the new product"
   OR NOT out MATCHES "line 21: No summary")
    message(FATAL_ERROR "the first import failed (${rc}): ${out} ${err}")
endif()

execute_process(COMMAND "${ORDO}" --import "${DATA}/jira-cloud.csv" --into "${product}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Imported 0 items" OR NOT out MATCHES "Updated 6 items")
    message(FATAL_ERROR "importing again did not update (${rc}): ${out} ${err}")
endif()

file(SHA256 "${product}" before)
file(WRITE "${WORKDIR}/broken.csv" "Summary,Issue key\nPay,\"HRV-1\n")
execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/broken.csv" --into "${product}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(SHA256 "${product}" after)
if(rc EQUAL 0 OR NOT err MATCHES "never closed" OR NOT before STREQUAL after)
    message(FATAL_ERROR "a broken file was not refused cleanly (${rc}): ${out} ${err}")
endif()

execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/broken.csv" --into "${WORKDIR}/new.ordo"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR EXISTS "${WORKDIR}/new.ordo")
    message(FATAL_ERROR "a refused import left a new product behind (${rc}): ${err}")
endif()

execute_process(COMMAND "${ORDO}" --import "${DATA}/jira-cloud.csv"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT err MATCHES "--into")
    message(FATAL_ERROR "--import without --into was not refused (${rc}): ${err}")
endif()
# The other tools' exports, told apart by their content, each into a new product.
foreach(pair "azure-flat.csv:6" "azure-tree.csv:6" "pivotal.csv:5" "trello.json:7")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 name)
    list(GET pair 1 count)
    execute_process(COMMAND "${ORDO}" --import "${DATA}/${name}" --into "${WORKDIR}/${name}.ordo"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "Imported ${count} items")
        message(FATAL_ERROR "importing ${name} failed (${rc}): ${out} ${err}")
    endif()
endforeach()

file(WRITE "${WORKDIR}/broken.json" "{\"cards\": [")
execute_process(COMMAND "${ORDO}" --import "${WORKDIR}/broken.json" --into "${WORKDIR}/broken-json.ordo"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT err MATCHES "not JSON" OR EXISTS "${WORKDIR}/broken-json.ordo")
    message(FATAL_ERROR "broken JSON was not refused cleanly (${rc}): ${out} ${err}")
endif()
message(STATUS "ordo --import works")
