#pragma once

#include "interchange/csvreader.h"
#include "interchange/htmltext.h"
#include "interchange/importsource.h"

// Azure DevOps query results saved as CSV ("Export to CSV" of a query in Boards): flat
// queries, with one Title column, and tree queries, with Title 1, Title 2... where a row's
// title stands in the column of its depth in the hierarchy. Columns are found by their header
// names (the fields the query shows), never by position.
//
// What becomes what:
// - ID is the key repeated imports update by; Work Item Type and State are mapped by name.
// - Iteration Path's last segment is the sprint ("Fabrikam\Sprint 3"); a path that is only the
//   project ("Fabrikam") means no sprint.
// - Story Points (Agile), Effort (Scrum) or Size (CMMI) is the estimate.
// - Backlog Priority (Scrum) or Stack Rank (Agile, CMMI) orders a flat query, smallest first,
//   rows without one after, in file order; a tree query keeps the file's order (the hierarchy
//   is the order Azure DevOps shows).
// - Tags ("a; b") become labels; Value Area "Architectural" becomes a label "Architectural"
//   (Business is the default of nearly every item and says nothing a label would).
// - Description and Acceptance Criteria are HTML: they are turned into plain text, and the
//   criteria then split into one per scenario or line.
// - Business Value and Time Criticality are the WSJF inputs of the same names.
// - The parent is the nearest row above at a shallower depth in a tree query, else the Parent
//   column's ID where the query shows it.

namespace Ordo::Import {

// Whether the header is Azure DevOps': a Work Item Type column and a Title or Title 1 column.
bool isAzureCsv(const Csv::Table &table);

// `options` names other columns for the estimate and the criteria than the usual ones.
Expected<Source> readAzureCsv(const Csv::Table &table, const ReadOptions &options = {});

} // namespace Ordo::Import
