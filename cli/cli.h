/* cli.h: the subcommands of the `attache` program. */
#ifndef ATT_CLI_H
#define ATT_CLI_H

#include <attache.h>

int att_cmd_extract(int argc, char **argv);

#endif
