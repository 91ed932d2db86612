// sipcode: the former name of lookup.hpp (find, reason_phrase, is_registered, name).
#include "lookup.hpp"
