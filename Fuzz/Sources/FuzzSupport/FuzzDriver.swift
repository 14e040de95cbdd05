#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibFuzzer

// MARK: - Running libFuzzer

/// Hands a harness's body to libFuzzer: `main.swift` of each fuzz target calls ``run(_:)``.
///
/// SwiftPM gives every executable its own `main`, so the harnesses do not let libFuzzer
/// supply one; they call `LLVMFuzzerRunDriver`, which parses libFuzzer's usual flags.
public enum FuzzDriver {
    /// The body under test, called once per input (libFuzzer takes C function pointers,
    /// which cannot capture, so the body is kept here).
    nonisolated(unsafe) private static var body: ([UInt8]) -> Void = { _ in }

    /// Runs libFuzzer with the process's command line on `body`; never returns.
    public static func run(_ body: @escaping ([UInt8]) -> Void) -> Never {
        FuzzDriver.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            FuzzDriver.body(bytes)
            return 0
        }
        exit(status)
    }
}

// MARK: - Checking properties

/// Stops the fuzzer with a crash report when a property fails, so libFuzzer saves the input.
public func fuzzRequire(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #fileID, line: UInt = #line) {
    guard !condition() else { return }
    let text = Array("\nPROPERTY FAILED at \(file):\(line): \(message())\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}
