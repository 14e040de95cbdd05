// swift-tools-version: 6.1
// newsq's libFuzzer harnesses: a package of its own so that `make test` never builds them.
// Build and run through `bash Fuzz/run.sh SECONDS` (`make fuzz`); see Fuzz/README.md.
import PackageDescription

let harnessDependencies: [Target.Dependency] = [
    "FuzzSupport",
    .product(name: "NewsModel", package: "newsq"),
    .product(name: "NewsQuery", package: "newsq"),
]

let package = Package(
    name: "newsq-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "newsq", path: "..")],
    targets: [
        // MARK: - Support
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: [
            "CLibFuzzer",
            .product(name: "NewsModel", package: "newsq"),
            .product(name: "NewsQuery", package: "newsq"),
        ]),

        // MARK: - Harnesses (one executable each; `run.sh` runs them in this order)
        .executableTarget(name: "FuzzSyntax", dependencies: harnessDependencies),
        .executableTarget(name: "FuzzScript", dependencies: harnessDependencies),
        .executableTarget(name: "FuzzLoader", dependencies: harnessDependencies),
        .executableTarget(name: "FuzzRegex", dependencies: harnessDependencies),

        // MARK: - Seeds
        // Writes the harnesses' seed inputs from the package's examples, docs, tests and corpora.
        .executableTarget(name: "FuzzSeeds", dependencies: [.product(name: "NewsQuery", package: "newsq")]),
    ]
)
