# embed.cmake: writes the bytes of IN as a C string `att_schema_sql` to OUT.
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
file(WRITE ${OUT} "/* generated from src/store/schema.sql by src/store/embed.cmake: do not edit */\n#include <stddef.h>\nconst char att_schema_sql[] = {${body}0x00};\nconst size_t att_schema_sql_len = sizeof att_schema_sql - 1;\n")
