// replay: a main() for the fuzz harnesses in builds without libFuzzer; runs each input file once.
// `fuzz_X [-timeout=SECONDS] PATH...` feeds every regular file under each PATH (a file, or a directory read
// recursively in sorted order) to LLVMFuzzerTestOneInput, so a sanitizer build replays the corpus, the regressions and
// the hostile inputs. Like libFuzzer's -timeout, an input that takes longer than SECONDS (default 60) kills the
// process: a hang or a quadratic blowup is a finding, not a slow test.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    unsigned timeout = 60;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg.starts_with("-timeout=")) {
            timeout = unsigned(std::stoul(std::string(arg.substr(9))));
            continue;
        }
        const fs::path root(argv[i]);
        if (fs::is_directory(root)) {
            for (const auto &entry : fs::recursive_directory_iterator(root)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
        } else if (fs::is_regular_file(root)) {
            files.push_back(root);
        } else {
            std::fprintf(stderr, "replay: %s: no such file or directory\n", argv[i]);
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path &path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
        std::fprintf(stderr, "replay: %s (%zu bytes)\n", path.c_str(), bytes.size());
        // A copy of exactly the input's size, so ASan sees a read one past the end.
        std::vector<uint8_t> exact(bytes.begin(), bytes.end());
        alarm(timeout); // SIGALRM's default action ends the process: CTest reports the test as failed
        LLVMFuzzerTestOneInput(exact.data(), exact.size());
        alarm(0);
    }
    std::fprintf(stderr, "replay: %zu inputs, no finding\n", files.size());
    return files.empty() ? 1 : 0;
}
