#pragma once

#include "storage/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A reader of comma-separated values as RFC 4180 describes them, with what exports from
// Jira, Azure DevOps and Pivotal Tracker add: a byte order mark, CRLF, LF or CR line ends,
// quoted fields that run over several lines and hold "" for a quote, and a header row
// whose names repeat (Jira writes one "Labels" column per label).
//
// It reads a whole file at once and refuses what is not CSV text with a message that names
// the line: binary data, bytes that are not UTF-8, a quote that is never closed, a field or
// a row beyond the limits below. A refused file gives no records at all.

namespace Ordo::Csv {

struct Record
{
    int line = 0; // where the record starts, from 1
    QStringList fields;
};

struct Table
{
    QStringList header;
    QList<Record> records; // after the header
    // Oddities that did not stop the reading (a character after a closing quote,
    // a row with more or fewer fields than the header), with their lines.
    QStringList warnings;

    // The columns named `name` (case-insensitively), in order.
    QList<int> columns(const QString &name) const;
};

struct Limits
{
    qsizetype maxFieldCharacters = 1 << 20; // 1 Mi characters
    int maxColumns = 4096;
    qsizetype maxRecords = 2'000'000;
};

// Decodes `bytes` (UTF-8 with or without a byte order mark, or UTF-16 with one) and reads
// the header and records.
Expected<Table> read(const QByteArray &bytes, const Limits &limits = {});
// The same for text already decoded.
Expected<Table> parse(QStringView text, const Limits &limits = {});

// Decodes bytes as read() does: the text, or why it is not text.
Expected<QString> decode(const QByteArray &bytes);

// One row of CSV for writing: fields quoted where they need it, CRLF at the end.
QString formatRow(const QStringList &fields);

} // namespace Ordo::Csv
