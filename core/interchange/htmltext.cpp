#include "htmltext.h"

#include <QSet>
#include <QStringList>
#include <QStringView>

namespace Ordo::Import {

namespace {

// The character an entity's name or number stands for; empty if Ordo does not know it.
QString decodedEntity(QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        uint code = 0;
        if (entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X'))
            code = entity.mid(2).toUInt(&ok, 16);
        else
            code = entity.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }
    if (entity == u"amp")
        return QStringLiteral("&");
    if (entity == u"lt")
        return QStringLiteral("<");
    if (entity == u"gt")
        return QStringLiteral(">");
    if (entity == u"quot")
        return QStringLiteral("\"");
    if (entity == u"apos")
        return QStringLiteral("'");
    if (entity == u"nbsp")
        return QString(QChar(0xA0));
    return {};
}

// Text between tags: entities decoded, runs of white space one space, as a browser shows it.
void appendText(QString &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && c != QChar(0xA0)) {
            if (!out.isEmpty() && !out.back().isSpace())
                out.append(QLatin1Char(' '));
            continue;
        }
        if (c == u'&') {
            const qsizetype end = text.indexOf(u';', i + 1);
            // Entities are short: a ';' far away belongs to something else.
            if (end > i + 1 && end - i <= 10) {
                const QString decoded = decodedEntity(text.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    out.append(decoded == QString(QChar(0xA0)) ? QStringLiteral(" ") : decoded);
                    i = end;
                    continue;
                }
            }
        }
        out.append(c);
    }
}

// Ends the current line, unless the text is empty or at the start of a line already.
void breakLine(QString &out)
{
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
        out.append(QLatin1Char('\n'));
}

} // namespace

QString plainTextFromHtml(const QString &html)
{
    static const QSet<QString> blocks{QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("ol"),
                                      QStringLiteral("h1"), QStringLiteral("h2"),  QStringLiteral("h3"), QStringLiteral("h4"),
                                      QStringLiteral("h5"), QStringLiteral("h6"),  QStringLiteral("tr"), QStringLiteral("blockquote"),
                                      QStringLiteral("pre"), QStringLiteral("table")};
    QString out;
    out.reserve(html.size());
    QString skipUntil; // the closing tag of a <script> or <style>, whose content is no text
    qsizetype i = 0;
    while (i < html.size()) {
        if (!skipUntil.isEmpty()) { // no tags inside a script or style: up to its end tag
            const qsizetype end = html.indexOf(QLatin1String("</") + skipUntil, i, Qt::CaseInsensitive);
            if (end < 0)
                break;
            i = end;
            skipUntil.clear();
        }
        qsizetype open = html.indexOf(QLatin1Char('<'), i);
        // As in a browser, '<' opens a tag only before a letter, '/' or '!': "1 < 2" is text.
        while (open >= 0 && open + 1 < html.size() && !html.at(open + 1).isLetter() && html.at(open + 1) != u'/'
               && html.at(open + 1) != u'!') {
            open = html.indexOf(QLatin1Char('<'), open + 1);
        }
        const qsizetype close = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open + 1);
        if (open < 0 || close < 0) { // no more tags: the rest is text
            appendText(out, QStringView(html).mid(i));
            break;
        }
        appendText(out, QStringView(html).mid(i, open - i));
        i = close + 1;
        QStringView tag = QStringView(html).mid(open + 1, close - open - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.mid(1).trimmed();
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style")) && !tag.endsWith(u'/')) {
            skipUntil = name;
            continue;
        }
        if (name == QLatin1String("br")) {
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out.append(QLatin1Char('\n'));
        } else if (name == QLatin1String("li")) {
            breakLine(out);
            if (!closing)
                out.append(QLatin1String("- "));
        } else if (blocks.contains(name)) {
            breakLine(out);
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (closing)
                out.append(QLatin1Char(' '));
        }
    }
    // Each line without the spaces around it; no more than one empty line in a row.
    QStringList lines = out.split(QLatin1Char('\n'));
    QStringList kept;
    for (QString &line : lines) {
        line = line.trimmed();
        if (line.isEmpty() && (kept.isEmpty() || kept.back().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.back().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

} // namespace Ordo::Import
