#pragma once

#include "storage/expected.h"

#include <QDate>
#include <QString>

namespace Ordo {

class Database;

// A realistic demo product for a first look at Ordo and for charts that need
// history: a product with a Product Goal, Definition of Done and Ready, four
// epics, about forty stories with user-story voice and Gherkin acceptance
// criteria, bugs and technical debt, dependencies, four finished sprints with
// their history, one active sprint, and a few logged decisions.
namespace DemoProduct {

// Fills `database`, a freshly created product file, with the demo content.
// Sprint dates are laid out so that the active sprint contains `today`.
Status fill(Database &database, QDate today = QDate::currentDate());

// Creates a new product file at `path` (which must not exist) with the demo content.
Status write(const QString &path, QDate today = QDate::currentDate());

} // namespace DemoProduct
} // namespace Ordo
