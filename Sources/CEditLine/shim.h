// Non-variadic wrappers around libedit's variadic el_set/el_get/history, which Swift cannot call.
#ifndef NEWSQ_CEDITLINE_SHIM_H
#define NEWSQ_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <stdio.h>

#endif
