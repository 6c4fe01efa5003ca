/* relative.c: every temporal expression, resolved against the publication
 * date.  (Stage in progress: the resolver lands with the dates issue.) */
#include "../core/doc.h"

int32_t att_days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's days_from_civil */
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

void att_civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int yy = (int)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}

void att_dates_resolve(att_workspace *ws, att_doc *doc)
{
    ATT_UNUSED(ws);
    doc->ndexprs = 0;
    doc->dexprs = NULL;
}

void att_output_dates(const att_doc *doc, att_buf *b)
{
    att_buf_puts(b, ",\"dates\":[");
    for (size_t i = 0; i < doc->ndexprs; i++) {
        const att_date_expr *x = &doc->dexprs[i];
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"start\":");
        att_json_num(b, (long long)att_doc_src_offset(doc, x->start));
        att_buf_puts(b, ",\"end\":");
        att_json_num(b, (long long)att_doc_src_end(doc, x->stop));
        att_buf_puts(b, ",\"text\":");
        att_json_str(b, doc->txt + x->start, x->stop - x->start);
        att_buf_puts(b, ",\"value\":");
        att_json_str(b, x->value, strlen(x->value));
        att_buf_putc(b, '}');
    }
    att_buf_putc(b, ']');
}
