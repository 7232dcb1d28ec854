// swift-tools-version:6.1
// The store's benchmarks (ordo-one/package-benchmark), in a package of their own so that building and
// testing Beredskap does not build the benchmark harness. Run them with Scripts/bench, or here with
// `swift package --allow-writing-to-package-directory benchmark`.
import PackageDescription

let package = Package(
    name: "BeredskapBenchmarks",
    dependencies: [
        .package(name: "Beredskap", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                .product(name: "Beredskap", package: "Beredskap"),
                .product(name: "BeredskapPostgreSQL", package: "Beredskap"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/StoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
