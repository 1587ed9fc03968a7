#pragma once

#include <QString>

// Rich text as other tools export it, turned into the plain text Ordo keeps.

namespace Ordo::Import {

// Plain text from the HTML that rich text fields are exported in (Azure DevOps' CSV, Jira's
// XML): line breaks for <br>, and around <p>, <div>, headings and table rows; each <li> on a
// line of its own, after "- "; other tags removed; the entities &amp; &lt; &gt; &quot; &#39;
// &apos; &nbsp; and &#NNN; / &#xHH; decoded (unknown ones are kept as written); runs of spaces
// collapsed as a browser shows them.
QString plainTextFromHtml(const QString &html);

} // namespace Ordo::Import
