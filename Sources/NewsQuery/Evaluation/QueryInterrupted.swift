/// Thrown inside evaluation when the ``CancellationToken`` is set (Ctrl-C); the engine turns
/// it into the diagnostic "query interrupted".
struct QueryInterrupted: Error {}

/// How often evaluation loops poll the cancellation token, in records.
enum CancellationPolling {
    /// Checked when `counter & mask == 0`: every 4,096 records.
    static let mask = 0xFFF
}
