# Compiler warnings shared by every Ordo target.
function(ordo_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(ORDO_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# One Qt Test executable per unit: ordo_add_test(NAME tst_foo [TEST name] SOURCES ... LIBS ...)
# The ctest entry is called NAME, or TEST when given.
function(ordo_add_test)
    cmake_parse_arguments(arg "" "NAME;TEST" "SOURCES;LIBS" ${ARGN})
    if(NOT arg_TEST)
        set(arg_TEST ${arg_NAME})
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test ${arg_LIBS})
    ordo_set_warnings(${arg_NAME})
    add_test(NAME ${arg_TEST} COMMAND ${arg_NAME})
    set_tests_properties(${arg_TEST} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en"
        TIMEOUT 300)
endfunction()
