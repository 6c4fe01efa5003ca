/* persons.c: the people an article names.  (Stage in progress: lands with
 * the persons issue.) */
#include "../core/doc.h"

void att_recognise_persons(att_workspace *ws, att_doc *doc)
{
    ATT_UNUSED(ws);
    doc->npersons = 0;
    doc->persons = NULL;
    doc->tok_person = NULL;
}

void att_output_persons(const att_doc *doc, att_buf *b)
{
    ATT_UNUSED(doc);
    att_buf_puts(b, ",\"persons\":[]");
}
