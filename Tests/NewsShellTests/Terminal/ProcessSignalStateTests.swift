import Testing

/// The tests that touch process-wide Ctrl-C state (the pending-interrupt record, the pager's
/// child process, which takes a pending interrupt as its own) run one at a time, so that one
/// test cannot consume the interrupt another is waiting for.
@Suite("Process-wide signal state", .serialized)
enum ProcessSignalStateTests {}
