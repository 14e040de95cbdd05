// swift-tools-version: 6.1
// Benchmarks for newsq, kept in their own package so their build stays out of `make test`.
//
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Loading
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Query
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter Completion
import PackageDescription

/// A benchmark executable in folder `name`, using the listed newsq libraries.
func benchmark(_ name: String, using libraries: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: libraries.map { .product(name: $0, package: "newsq") } + [.product(name: "Benchmark", package: "benchmark")],
        path: name,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "newsq-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "newsq", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        benchmark("Loading", using: ["NewsModel"]),
        benchmark("Query", using: ["NewsModel", "NewsQuery"]),
        benchmark("Completion", using: ["NewsModel", "NewsQuery", "NewsShell"]),
    ]
)
