#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// A libxml2 built with ICU pulls ICU's C headers (unicode/ucnv.h) into this module, and Swift's
// Foundation carries its own ICU with other definitions of the same types (UErrorCode): which of
// the two a compile job meets first decides whether the build fails. Nothing here uses libxml2's
// ICU converters (they appear only as the last fields of xmlCharEncodingHandler, which we never
// read or allocate), so the module is built without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

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
