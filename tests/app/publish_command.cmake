# Runs `ordo --publish FILE.ordo postgresql://...` and `ordo --grant ROLE USER postgresql://...` as
# a script would, against the throwaway PostgreSQL server ctest starts: the demo product published
# into a database it creates, a second publish refused (the database is not empty), a role given
# to a login made here, and the refusals: usage errors (exit code 2), failures (exit code 1).
# Invoked by ctest with -DORDO=... -DWORKDIR=... -DPSQL=..., ORDO_TEST_POSTGRES in the environment.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
file(STRINGS "$ENV{ORDO_TEST_POSTGRES}" connection)
foreach(line IN LISTS connection)
    if(line MATCHES "^(host|port|user)=(.*)$")
        set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    endif()
endforeach()
if(NOT host OR NOT port OR NOT user)
    message(FATAL_ERROR "no server in $ENV{ORDO_TEST_POSTGRES}")
endif()
set(database ordo_cli_publish)
set(person ordo_cli_person)
set(url "postgresql://${user}@${host}:${port}/${database}")

function(psql sql)
    execute_process(COMMAND "${PSQL}" -h "${host}" -p "${port}" -U "${user}" -d postgres -v ON_ERROR_STOP=1 -q -c "${sql}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "psql ${sql}: ${out} ${err}")
    endif()
endfunction()
function(clean_up)
    psql("DROP DATABASE IF EXISTS ${database} WITH (FORCE)")
    foreach(role IN ITEMS ${person} ordo_${database}_product_owner ordo_${database}_team_member ordo_${database}_stakeholder)
        psql("DROP ROLE IF EXISTS ${role}")
    endforeach()
endfunction()
clean_up()

set(demo "${WORKDIR}/demo.ordo")
execute_process(COMMAND "${ORDO}" --demo "${demo}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ordo --demo failed (${rc}): ${out} ${err}")
endif()

# Usage errors: exit code 2 and a message; nothing is published.
foreach(case IN ITEMS "no address|the one server database|--publish;${demo}"
                      "two addresses|the one server database|--publish;${demo};${url};${url}"
                      "not an address|postgresql://|--publish;${demo};${WORKDIR}/other.ordo"
                      "no database|names no database|--publish;${demo};postgresql://${user}@${host}:${port}"
                      "unknown role|product-owner, team-member or stakeholder|--grant;boss;${person};${url}"
                      "no user|name the user and the product|--grant;team-member;${url}"
                      "grant to a file|postgresql://|--grant;team-member;${person};${demo}")
    string(REPLACE "|" ";" case "${case}")
    list(POP_FRONT case name expected)
    execute_process(COMMAND "${ORDO}" ${case} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 2 OR NOT err MATCHES "${expected}")
        message(FATAL_ERROR "${name}: not refused as a usage error (${rc}): ${out} ${err}")
    endif()
endforeach()

# A file that does not exist: exit code 1.
execute_process(COMMAND "${ORDO}" --publish "${WORKDIR}/missing.ordo" "${url}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "does not exist")
    message(FATAL_ERROR "a missing file was not refused (${rc}): ${out} ${err}")
endif()

# Published into a database it creates, with its progress on stderr.
execute_process(COMMAND "${ORDO}" --publish "${demo}" "${url}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Published" OR NOT err MATCHES "Publishing: 100%")
    message(FATAL_ERROR "ordo --publish failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${PSQL}" -h "${host}" -p "${port}" -U "${user}" -d "${database}" -At -c "SELECT count(*) FROM item"
                OUTPUT_VARIABLE items RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT items GREATER 0)
    message(FATAL_ERROR "the published product holds no items (${rc}): ${items}")
endif()

# Again into the same database: refused, the product left as it is.
execute_process(COMMAND "${ORDO}" --publish "${demo}" "${url}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "not empty")
    message(FATAL_ERROR "a second publish was not refused (${rc}): ${out} ${err}")
endif()

# A role for a login that exists; none for one that does not.
psql("CREATE ROLE ${person} LOGIN")
execute_process(COMMAND "${ORDO}" --grant team-member ${person} "${url}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "is now Team member")
    message(FATAL_ERROR "ordo --grant failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${PSQL}" -h "${host}" -p "${port}" -U "${person}" -d "${database}" -At
                        -c "SELECT pg_has_role('ordo_${database}_team_member', 'MEMBER')"
                OUTPUT_VARIABLE member RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT member MATCHES "^t")
    message(FATAL_ERROR "the login is no team member (${rc}): ${member}")
endif()
execute_process(COMMAND "${ORDO}" --grant stakeholder ordo_cli_nobody "${url}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "no user")
    message(FATAL_ERROR "a role for an unknown user was not refused (${rc}): ${out} ${err}")
endif()

clean_up()
message(STATUS "ordo --publish and --grant work")
