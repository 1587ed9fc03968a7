// fuzz_csv: Csv::read, the CSV reader every import goes through, on any bytes; with the default
// limits and with small ones, so that the limits' own refusals are reached too.
#include "interchange/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Ordo::Csv::read(bytes);
    Ordo::Csv::Limits small;
    small.maxFieldCharacters = 64;
    small.maxColumns = 8;
    small.maxRecords = 16;
    if (const auto table = Ordo::Csv::read(bytes, small)) {
        // What the importers ask of a table.
        for (const QString &name : table->header)
            (void)table->columns(name);
        for (const Ordo::Csv::Record &record : table->records)
            (void)Ordo::Csv::formatRow(record.fields);
    }
    return 0;
}
