#pragma once

#include "interchange/importsource.h"
#include "storage/expected.h"

#include <QByteArray>

// Jira's XML export (Export > XML of a filter or a board's issues): an RSS 0.92 feed whose
// <item>s are the issues, one element per field.
//
// What becomes what, by the same rules as Jira's CSV export (jiracsv.h, jirashared.h):
// - <key> is the key repeated imports update by (its id attribute the internal id); <summary>
//   the title; <type> and <status> are mapped by name, <statusCategory key="new">,
//   "indeterminate" and "done" stand for Jira's "To Do", "In Progress" and "Done".
// - <description> and a rich text Acceptance Criteria are HTML (escaped in the XML): they
//   become plain text; the criteria then one per Gherkin scenario or line.
// - <labels>, <created> and <updated> (RFC 2822 dates); <parent>, else the Epic Link custom
//   field, is the parent (by key, id or Epic Name); an item listed under another's <subtasks>
//   without a <parent> of its own gets that one.
// - "Blocks" issue links: outward ones are the items this one blocks, inward ones those that
//   block it.
// - Custom fields by their <customfieldname>: Story Points or Story point estimate (the
//   estimate), Rank (the backlog order, LexoRank compared bytewise, unranked items after in
//   file order), Sprint (one value per sprint), Epic Link, Epic Name, Acceptance Criteria.
//   ReadOptions names another custom field for the estimate or the criteria; Source::columns
//   lists the custom fields met.
// Comments, attachments, watchers and the people (assignee, reporter) are not read.
//
// A file that is not well-formed XML (or not UTF-8 where it says so), that declares a
// document type (a DTD could define entities that expand without end; Jira never writes one),
// that nests elements deeper than any Jira export, or whose root is not <rss> is refused
// whole, with the line where reading stopped: never half read.

namespace Ordo::Import {

// Whether the bytes are XML whose first element is <rss> (the root of Jira's export); a file
// with a document type is not.
bool isJiraXml(const QByteArray &bytes);

Expected<Source> readJiraXml(const QByteArray &bytes, const ReadOptions &options = {});

} // namespace Ordo::Import
