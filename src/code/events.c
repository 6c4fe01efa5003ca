/* events.c: PLOVER/CAMEO events, agreements and relationship levels.
 * (Stage in progress: lands with the event-coding issue.) */
#include "../core/doc.h"

void att_code_events(att_workspace *ws, att_doc *doc)
{
    ATT_UNUSED(ws);
    ATT_UNUSED(doc);
}

void att_output_events(const att_doc *doc, att_buf *b)
{
    ATT_UNUSED(doc);
    att_buf_puts(b, ",\"events\":[],\"agreements\":[],\"relations\":[]");
}
