#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Ordo::Csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Csv", text);
}

// The line (from 1) of each offset is counted as the parser goes; CR LF is one line end.
class Parser
{
public:
    // The parser's messages, in the context lupdate gives them.
    static QString tr(const char *text) { return QCoreApplication::translate("Ordo::Csv::Parser", text); }

    Parser(QStringView text, const Limits &limits)
        : m_text(text)
        , m_limits(limits)
    {}

    Expected<Table> run()
    {
        Table table;
        bool first = true;
        while (m_at < m_text.size()) {
            Record record;
            record.line = m_line;
            if (auto error = readRecord(&record.fields))
                return *error;
            if (first) {
                table.header = std::move(record.fields);
                for (QString &name : table.header)
                    name = name.trimmed();
                first = false;
                continue;
            }
            // A blank line between records carries no data.
            if (record.fields.size() == 1 && record.fields.first().isEmpty())
                continue;
            if (record.fields.size() != table.header.size()) {
                table.warnings.append(tr("Line %1 has %2 fields where the header has %3.")
                                          .arg(record.line).arg(record.fields.size()).arg(table.header.size()));
            }
            if (table.records.size() >= m_limits.maxRecords)
                return Error{tr("The file has more than %L1 rows, more than Ordo imports at once.").arg(m_limits.maxRecords)};
            table.records.append(std::move(record));
        }
        if (first)
            return Error{tr("The file is empty.")};
        table.warnings.append(m_warnings);
        return table;
    }

private:
    // Reads one record and the line end after it. Returns an error, or nothing.
    std::optional<Error> readRecord(QStringList *fields)
    {
        for (;;) {
            QString field;
            if (auto error = readField(&field))
                return error;
            if (fields->size() >= m_limits.maxColumns)
                return Error{tr("Line %1 has more than %L2 columns, more than Ordo reads.").arg(m_line).arg(m_limits.maxColumns)};
            fields->append(std::move(field));
            if (m_at >= m_text.size())
                return std::nullopt;
            const QChar c = m_text[m_at];
            if (c == QLatin1Char(',')) {
                ++m_at;
                continue;
            }
            // A line end: CR LF, LF or CR.
            ++m_at;
            if (c == QLatin1Char('\r') && m_at < m_text.size() && m_text[m_at] == QLatin1Char('\n'))
                ++m_at;
            ++m_line;
            return std::nullopt;
        }
    }

    std::optional<Error> tooLong(int line) const
    {
        return Error{tr("A field on line %1 is longer than %L2 characters, more than Ordo reads in one field.")
                         .arg(line).arg(m_limits.maxFieldCharacters)};
    }

    // Reads up to the next comma or line end outside quotes.
    std::optional<Error> readField(QString *field)
    {
        const qsizetype size = m_text.size();
        if (m_at < size && m_text[m_at] == QLatin1Char('"')) {
            const int startLine = m_line;
            ++m_at;
            for (;;) {
                // The run up to the next quote is copied at once.
                qsizetype quote = m_text.indexOf(QLatin1Char('"'), m_at);
                if (quote < 0)
                    return Error{tr("A quoted field that starts on line %1 is never closed.").arg(startLine)};
                const QStringView run = m_text.sliced(m_at, quote - m_at);
                m_line += int(countLineEnds(run));
                field->append(run);
                if (field->size() > m_limits.maxFieldCharacters)
                    return tooLong(startLine);
                m_at = quote + 1;
                if (m_at < size && m_text[m_at] == QLatin1Char('"')) {
                    field->append(QLatin1Char('"'));
                    ++m_at;
                    continue;
                }
                break;
            }
            // After the closing quote comes a comma or a line end; anything else is kept, as
            // spreadsheets do, and noted.
            const qsizetype rest = m_at;
            while (m_at < size && !isDelimiter(m_text[m_at]))
                ++m_at;
            if (m_at > rest) {
                field->append(m_text.sliced(rest, m_at - rest));
                m_warnings.append(tr("Line %1: text after a closing quote was kept as part of the field.").arg(m_line));
            }
            if (field->size() > m_limits.maxFieldCharacters)
                return tooLong(startLine);
            return std::nullopt;
        }
        const qsizetype begin = m_at;
        while (m_at < size && !isDelimiter(m_text[m_at]))
            ++m_at;
        if (m_at - begin > m_limits.maxFieldCharacters)
            return tooLong(m_line);
        *field = m_text.sliced(begin, m_at - begin).toString();
        return std::nullopt;
    }

    static bool isDelimiter(QChar c)
    {
        return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    static qsizetype countLineEnds(QStringView text)
    {
        qsizetype count = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('\n'))
                ++count;
            else if (text[i] == QLatin1Char('\r') && (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n')))
                ++count;
        }
        return count;
    }

    QStringView m_text;
    Limits m_limits;
    qsizetype m_at = 0;
    int m_line = 1;
    QStringList m_warnings;
};

} // namespace

QList<int> Table::columns(const QString &name) const
{
    QList<int> found;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            found.append(i);
    }
    return found;
}

Expected<QString> decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error{tr("The file is empty.")};
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    if (const auto fromBom = QStringConverter::encodingForData(bytes))
        encoding = *fromBom;
    if (encoding != QStringConverter::Utf8 && encoding != QStringConverter::Utf16LE && encoding != QStringConverter::Utf16BE)
        return Error{tr("The file is not UTF-8 or UTF-16 text.")};
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the line of the first byte that is not UTF-8.
        QStringDecoder probe(encoding, QStringConverter::Flag::Stateless);
        qsizetype start = 0;
        int line = 1;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            const QString decoded = probe.decode(QByteArrayView(bytes).sliced(start, end - start));
            if (probe.hasError())
                break;
            start = end + 1;
            ++line;
        }
        return Error{tr("The file is not UTF-8 text: line %1 holds bytes that are not. Save it as UTF-8 and import it again.").arg(line)};
    }
    if (text.contains(QChar(0)))
        return Error{tr("The file holds binary data, not text.")};
    QString result = text;
    if (result.startsWith(QChar(0xFEFF)))
        result.remove(0, 1);
    return result;
}

Expected<Table> read(const QByteArray &bytes, const Limits &limits)
{
    Expected<QString> text = decode(bytes);
    if (!text)
        return text.error();
    return parse(*text, limits);
}

Expected<Table> parse(QStringView text, const Limits &limits)
{
    return Parser(text, limits).run();
}

QString formatRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += QLatin1Char(',');
        const QString &field = fields.at(i);
        const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                           || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                           || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
        if (quote) {
            row += QLatin1Char('"');
            row += QString(field).replace(QLatin1Char('"'), QLatin1String("\"\""));
            row += QLatin1Char('"');
        } else {
            row += field;
        }
    }
    row += QLatin1String("\r\n");
    return row;
}

} // namespace Ordo::Csv
