// swift-tools-version: 6.1
// newsq: an interactive query shell over news articles.
//
// Layers, bottom to top (each depends only on those above it in this list):
//   NewsModel  — articles, quotes, people, topics; loading and extraction. No terminal code.
//   NewsQuery  — the query language: source, syntax, diagnostics, schema, evaluation, output.
//   CEditLine  — the system libedit library (headers from Debian's libedit-dev).
//   NewsShell  — the driver: sessions, dot-commands, scripts, the interactive shell.
//   newsq      — the executable: command-line arguments and exit codes.
import PackageDescription

let package = Package(
    name: "newsq",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsq", targets: ["newsq"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "NewsQuery", targets: ["NewsQuery"]),
        .library(name: "NewsShell", targets: ["NewsShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // MARK: - Core libraries
        .target(
            name: "NewsModel",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            resources: [.copy("Resources/topics.txt")]
        ),
        .target(
            name: "NewsQuery",
            dependencies: ["NewsModel"]
        ),

        // MARK: - Shell
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "NewsShell",
            dependencies: ["NewsModel", "NewsQuery", "CEditLine"]
        ),

        // MARK: - Executable
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsModel", "NewsQuery", "NewsShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NewsModelTests", dependencies: ["TestSupport", "NewsModel"], exclude: ["Snapshots"], resources: [.copy("Gold")]),
        .testTarget(name: "NewsQueryTests", dependencies: ["TestSupport", "NewsQuery", "NewsModel"]),
        .testTarget(name: "NewsShellTests", dependencies: ["NewsShell", "NewsQuery", "NewsModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "newsq", "EditLineProbe"]),

        // MARK: - Test support
        // A line-echo program on NewsShell's EditLineReader that EndToEndTests type at through a
        // pseudo-terminal; not a product.
        .executableTarget(
            name: "EditLineProbe",
            dependencies: ["NewsShell", "NewsQuery"],
            path: "Tests/EditLineProbe"
        ),
    ]
)
