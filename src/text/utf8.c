/* utf8.c: UTF-8 validation and same-length repair. */
#include "text.h"

size_t att_utf8_first_invalid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ULL) break;
                i += 8;
            }
            continue;
        }
        if (u[i] >= 0xC2 && u[i] < 0xE0 && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {   /* two bytes: Cyrillic */
            i = att_utf8_skip2(u, i + 2, n);
            continue;
        }
        int l = att_utf8_seqlen(u + i, n - i);
        if (!l) return i;
        i += (size_t)l;
    }
    return n;
}

size_t att_utf8_repair(const char *s, size_t n, char *out, size_t *first)
{
    /* valid bytes go out as they are: copy all, then blank the bad ones */
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, bad = 0;
    *first = n;
    if (n) memmove(out, s, n);
    while (i < n) {
        /* eight plain ASCII bytes (no controls) at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) ||
                ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL))
                break;
            i += 8;
        }
        if (i >= n) break;
        unsigned c = u[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                out[i] = ' ';
                if (c != 0x0c && c != 0x0b) {
                    if (*first == n) *first = i;
                    bad++;
                }
            }
            i++;
            continue;
        }
        /* two-byte sequences (Cyrillic, Latin with marks), the common case */
        if (c >= 0xC2 && c < 0xE0 && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            i = att_utf8_skip2(u, i + 2, n);
            while (i + 1 < n && u[i] >= 0xC2 && u[i] < 0xE0 && (u[i + 1] & 0xC0) == 0x80) i += 2;
            continue;
        }
        int l = att_utf8_seqlen(u + i, n - i);
        if (!l) {
            if (*first == n) *first = i;
            out[i++] = ' ';
            bad++;
            continue;
        }
        i += (size_t)l;
    }
    return bad;
}

int att_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    int l = att_utf8_seqlen(u, n);
    switch (l) {
    case 1: *cp = u[0]; return 1;
    case 2: *cp = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2;
    case 3: *cp = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F); return 3;
    case 4:
        *cp = ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        return 4;
    default: *cp = 0xFFFD; return 1;
    }
}
