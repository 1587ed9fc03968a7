#pragma once

// The text of the demo product: a grocery delivery app, written as a real
// Product Owner would write it. Private to demoproduct.cpp.

namespace Ordo::DemoContent {

struct Epic
{
    const char *title;
    const char *why;
};

// One Product Backlog item. `epic` indexes epics[] (-1: none); `sprint` is
// the finished sprint (1-4) it was done in, 5 for the active sprint, 0 for
// none; `progress` in the active sprint: 0 to do, 1 in progress, 2 done, 3 in review.
struct Item
{
    const char *type;
    const char *title;
    const char *role;
    const char *want;
    const char *benefit;
    const char *description;
    const char *criteria; // scenarios separated by a blank line
    double estimate;      // 0: not estimated
    int epic;
    int sprint;
    int progress;
    const char *labels; // comma-separated
    const char *requester;
};

extern const Epic epics[4];
extern const Item items[];
extern const int itemCount;

} // namespace Ordo::DemoContent
