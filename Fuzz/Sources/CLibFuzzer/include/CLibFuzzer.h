// libFuzzer's entry points, for harnesses that keep their own `main` (SwiftPM gives every
// executable one). The runtime itself comes from linking with `-sanitize=fuzzer`.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv` on `callback`; returns the exit status.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
