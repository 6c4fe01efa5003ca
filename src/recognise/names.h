/* names.h: words of personal names, for the persons stage.  Internal.
 *
 * The rules come from tables in the lexicon (data/vi/transcription.tsv,
 * data/ru/romanise.tsv); these functions only apply them.  Every function
 * writes NUL-terminated UTF-8 into a caller's buffer and returns its
 * length, 0 when the word does not fit the rules or the buffer. */
#ifndef ATT_NAMES_H
#define ATT_NAMES_H

#include "../lexicon/lexicon.h"

#define ATT_NAME_MAX 256     /* longest name (bytes) the stage handles */

/* The word without any diacritic (Latin: `Trần` -> `Tran`, `đ` -> `d`,
 * `Vučić` -> `Vucic`); other scripts unchanged. */
size_t att_name_strip(const char *w, size_t n, char *out, size_t cap);

/* Lower case, NFC, Vietnamese tone marks removed but the letter marks kept
 * (`Lịch` -> `lich`, `Đức` -> `đưc`). */
size_t att_vi_untone(const char *w, size_t n, char *out, size_t cap);

/* The transcription table read once for a document: rows by part, their
 * cells, and (filled on first use) the Vietnamese cells without marks. */
typedef struct {
    uint8_t part, back, when_initial;
    const char *vi, *ru, *after, *vi_bare;
    uint8_t vil, rul, vbl;
} att_tr_row;
typedef struct {
    att_tr_row *rows;
    uint32_t n;
} att_trtab;
/* Prepares the table (rows in `arena`); 0 when the table is missing. */
int att_tr_prepare(att_trtab *t, const att_table_view *v, att_arena *arena);

/* Is the Latin word one Vietnamese syllable (initial, rime, final as the
 * transcription table has them; marks ignored, so `Nguyen` counts)? */
int att_vi_is_syllable(att_trtab *tr, const char *w, size_t n);

/* One Vietnamese syllable in Russian practical transcription (`Giang` ->
 * `Зянг`), capitalised when the word is. */
size_t att_vi_to_ru(att_trtab *tr, const char *w, size_t n, char *out, size_t cap);

/* One Russian-spelt Vietnamese syllable read back into Vietnamese letters
 * (`Зянг` -> `giang`, `Кыонг` -> `cương`), capitalised when the word is. */
size_t att_ru_to_vi(att_trtab *tr, const char *w, size_t n, char *out, size_t cap);

/* The romanisation table read once for a document. */
typedef struct {
    int32_t cp[4];
    uint8_t n, where;
    const char *en;
} att_rom_row;
typedef struct {
    att_rom_row *rows;
    uint32_t n;
} att_romtab;
int att_rom_prepare(att_romtab *t, const att_table_view *v, att_arena *arena);

/* A Russian word in Latin as the English-language press writes names
 * (`Шойгу` -> `Shoigu`, `Мустафаев` -> `Mustafayev`). */
size_t att_ru_romanise(const att_romtab *rt, const char *w, size_t n, char *out, size_t cap);

/* Capitalise each word's first letter (after spaces and hyphens), in place
 * semantics: writes into out. */
size_t att_name_titlecase(const char *w, size_t n, char *out, size_t cap);

#endif
