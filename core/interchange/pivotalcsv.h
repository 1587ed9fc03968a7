#pragma once

#include "interchange/csvreader.h"
#include "interchange/importsource.h"

// Pivotal Tracker's CSV export of a project. Columns are found by their header names; the
// repeated ones (Owned By, Comment, Task with Task Status, Blocker with Blocker Status) have one
// column per value and are paired by their position among columns of the same name.
//
// What becomes what:
// - Id is the key repeated imports update by; Type (feature, bug, chore) and Current State are
//   mapped by name (defaultMapping() takes a Pivotal feature for a story). A release is a marker
//   in Pivotal's backlog, not work: it is left out, with a note.
// - The file's order is the backlog order: Pivotal exports stories in priority order.
// - Iteration N is the sprint "Iteration N", with Iteration Start and Iteration End as its
//   dates (Source::sprints).
// - Labels ("a, b") become labels; Estimate the estimate; Created at the creation and
//   Accepted at the last update.
// - Tasks are the developers' steps, not acceptance criteria: they go at the end of the
//   description as a checklist ("- [x] done step", "- [ ] open step"), so nothing is lost and
//   the criteria stay the Product Owner's.
// - Blockers are free text. An unresolved blocker that names stories of the file ("#123")
//   becomes dependencies on them; any other blocker stays in the description as a note, with
//   "(resolved)" where Pivotal says so. The Deadline joins the notes too.
// - Owned By, Requested By and the comments (which Pivotal signs with their author's name)
//   name people: they are not imported, so a backlog shared with others carries no one's name
//   that its Product Owner did not write in it. URL is not kept either.

namespace Ordo::Import {

// Whether the header is Pivotal Tracker's: Id, Title and Current State columns.
bool isPivotalCsv(const Csv::Table &table);

// `options` names other columns for the estimate and the criteria than the usual ones.
Expected<Source> readPivotalCsv(const Csv::Table &table, const ReadOptions &options = {});

} // namespace Ordo::Import
