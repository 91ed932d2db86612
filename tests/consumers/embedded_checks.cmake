# Shared by the consumers that build sipcode inside their own project (add_subdirectory and
# FetchContent): sipcode brings its library target and nothing else, and pushes no flags on us.
# `how` names the way sipcode came in, for the messages.
function(sipcode_check_embedded how)
  foreach(target sipcode_tests sipcode_explain_lines sipcode_warnings sipcode_cli)
    if(TARGET ${target})
      message(FATAL_ERROR "${how} must not define ${target}")
    endif()
  endforeach()
  get_target_property(sipcode_options sipcode INTERFACE_COMPILE_OPTIONS)
  if(sipcode_options)
    message(FATAL_ERROR "sipcode::sipcode must not carry compile options: ${sipcode_options}")
  endif()
endfunction()
