#pragma once

#include "interchange/csvreader.h"
#include "interchange/importsource.h"

// Jira's CSV exports, Cloud and Server, "all fields" or "current fields". Columns are found by
// their header names, never by position; a field that holds several values (Labels, Sprint,
// issue links) has one column per value under the same name, and all of them are read.

namespace Ordo::Import {

// Whether the header is Jira's: a Summary column and an Issue key or Issue Type column.
bool isJiraCsv(const Csv::Table &table);

// The items of a Jira export, in the order of its Rank field (LexoRank, compared bytewise;
// items without a rank follow in file order), with their parents resolved to keys.
// `options` names other columns for the estimate and the criteria than Jira's usual ones.
Expected<Source> readJiraCsv(const Csv::Table &table, const ReadOptions &options = {});

} // namespace Ordo::Import
