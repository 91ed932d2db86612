// sipcode: the former name of field_value.hpp (header field values: field_errc, param_list, unquote).
#include "field_value.hpp"
