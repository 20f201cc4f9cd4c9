#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

/// `xmlFree` is a mutable global function pointer; Swift 6 rejects references to it as shared
/// mutable state, so it is exposed as a plain function.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
