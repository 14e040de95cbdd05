// swift-tools-version: 6.1
// Benchmarks for newsq, kept in their own package so their build stays out of `make test`.
//
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Loading
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Query
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Completion
import PackageDescription

let package = Package(
    name: "newsq-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "newsq", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Loading",
            dependencies: [
                .product(name: "NewsModel", package: "newsq"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Loading",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Query",
            dependencies: [
                .product(name: "NewsModel", package: "newsq"),
                .product(name: "NewsQuery", package: "newsq"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Query",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Completion",
            dependencies: [
                .product(name: "NewsModel", package: "newsq"),
                .product(name: "NewsQuery", package: "newsq"),
                .product(name: "NewsShell", package: "newsq"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Completion",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
