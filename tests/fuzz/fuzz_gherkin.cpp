// fuzz_gherkin: the Gherkin parser of acceptance criteria (Gherkin::parse) on any text, with
// what the story editor does with criteria: the chunks per scenario and the scenarios with
// their context when a story is split.
#include "services/gherkin.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ordo::Gherkin::Document document = Ordo::Gherkin::parse(text);
    (void)Ordo::Gherkin::dialectOf(text);
    (void)Ordo::Gherkin::stepKeywords(document.language);
    const QStringList chunks = Ordo::Gherkin::splitScenarios(text);
    (void)Ordo::Gherkin::parse(Ordo::Gherkin::joinScenarios(chunks));
    QList<int> indexes;
    for (qsizetype i = 0; i < document.scenarios.size(); i += 2)
        indexes.append(int(i));
    (void)Ordo::Gherkin::scenariosWithContext(text, indexes);
    return 0;
}
