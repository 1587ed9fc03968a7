// fuzz_import: Import::readBytes, the import of a file as the import dialog and `ordo --import`
// read it: the format told from the content, then that tool's reader (Jira CSV and XML, Azure DevOps,
// Pivotal Tracker, Trello: every reader added to readBytes is fuzzed here with it), then the report
// lines the Product Owner sees.
#include "interchange/importfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ordo::Expected<Ordo::Import::Source> source = Ordo::Import::readBytes(bytes);
    if (source) {
        (void)Ordo::Import::keyPrefixOf(*source);
        (void)Ordo::Import::reportLines(*source, {});
    }
    // The columns of the estimate and the criteria as the user may choose them in the dialog.
    Ordo::Import::ReadOptions options;
    options.estimateColumn = QStringLiteral("Story Points");
    options.criteriaColumn = QStringLiteral("Description");
    (void)Ordo::Import::readBytes(bytes, options);
    return 0;
}
