# Fails when a .ts file has messages that are unfinished or vanished from the sources, and
# (with LUPDATE given) when the sources have user-visible strings the .ts file lacks: the
# sources are scanned again into a scratch copy, which must then be complete too.
function(check_ts file)
    file(READ "${file}" ts)
    string(REGEX MATCHALL "<message>" messages "${ts}")
    list(LENGTH messages total)
    if(total EQUAL 0)
        message(FATAL_ERROR "${file} holds no messages: run `cmake --build build --target update_translations`")
    endif()
    foreach(kind unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${kind}\"" hits "${ts}")
        list(LENGTH hits n)
        if(n GREATER 0)
            message(FATAL_ERROR "${TS_FILE}: ${n} of ${total} messages are ${kind}${ARGN}; run `cmake --build build "
                                "--target update_translations` and translate them in translations/")
        endif()
    endforeach()
    set(total ${total} PARENT_SCOPE)
endfunction()

check_ts("${TS_FILE}")
if(LUPDATE)
    get_filename_component(name "${TS_FILE}" NAME)
    set(scratch "${WORK_DIR}/check-${name}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${WORK_DIR}/check-project.json
                            -P ${GENERATE_PROJECT} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "could not describe the sources for lupdate")
    endif()
    file(COPY_FILE "${TS_FILE}" "${scratch}")
    execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/check-project.json -no-obsolete -locations none
                            -ts ${scratch} RESULT_VARIABLE rc OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on the sources")
    endif()
    check_ts("${scratch}" " once the sources are scanned again")
endif()
message(STATUS "${TS_FILE}: all ${total} messages translated")
