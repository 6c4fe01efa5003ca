/* cli.h: the subcommands of the `attache` program. */
#ifndef ATT_CLI_H
#define ATT_CLI_H

#include <attache.h>

int att_cmd_extract(int argc, char **argv);
int att_cmd_ingest(int argc, char **argv);
int att_cmd_query(int argc, char **argv);
int att_cmd_export(int argc, char **argv);
int att_cmd_serve(int argc, char **argv);

/* query.c: the filter options query and export share */
int att_cli_filter_opt(int c, const char *arg, att_query *q);
extern const char *att_cli_filter_help;

#endif
