// Built only in the sanitizer leg (preset asan): proves that the suite there runs instrumented, so
// that a green sanitizer leg means something. Each mode commits one error the leg must catch;
// ctest passes when the sanitizer's report appears (tests/CMakeLists.txt).
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
void *volatile sink = nullptr;
volatile int past = 8;
volatile int big = INT_MAX;
} // namespace

int main(int argc, char *argv[])
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (std::strcmp(mode, "leak") == 0) {
        sink = std::malloc(77);
        sink = nullptr;
        return 0;
    }
    if (std::strcmp(mode, "overflow") == 0) {
        auto *bytes = static_cast<char *>(std::malloc(8));
        sink = bytes;
        bytes[past] = 1;
        std::free(bytes);
        return 0;
    }
    if (std::strcmp(mode, "undefined") == 0) {
        const int sum = big + past;
        std::printf("%d\n", sum);
        return 0;
    }
    std::fprintf(stderr, "usage: sanitizer_probe leak|overflow|undefined\n");
    return 2;
}
