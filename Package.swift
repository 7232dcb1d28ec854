// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Beredskap",
    products: [
        // One library per layer, so an embedder links only what it uses: the workspace without the shell
        // (and libedit), the model and store without Escalation and Reporting.
        .library(name: "BeredskapModel", targets: ["BeredskapModel"]),
        .library(name: "BeredskapStorage", targets: ["BeredskapStorage"]),
        .library(name: "BeredskapEscalation", targets: ["BeredskapEscalation"]),
        .library(name: "BeredskapReporting", targets: ["BeredskapReporting"]),
        .library(name: "BeredskapWorkspace", targets: ["BeredskapWorkspace"]),
        .library(name: "BeredskapShell", targets: ["BeredskapShell"]),
        // The drill's situation board over HTTP, apart so that the core and the shell build no server.
        .library(name: "BeredskapBoard", targets: ["BeredskapBoard"]),
        // The PostgreSQL backend, apart so that an embedder of the SQLite store links no SwiftNIO.
        .library(name: "BeredskapPostgreSQL", targets: ["BeredskapPostgreSQL"]),
        .library(
            name: "Beredskap",
            targets: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapReporting", "BeredskapWorkspace",
                "BeredskapShell",
            ]),
        .executable(name: "beredskap", targets: ["beredskap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .target(name: "BeredskapModel"),
        .target(
            name: "BeredskapStorage",
            dependencies: [
                "BeredskapModel", .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources/Plans")]
        ),
        .target(
            name: "BeredskapPostgreSQL",
            dependencies: [
                "BeredskapStorage", "BeredskapModel", .product(name: "PostgresNIO", package: "postgres-nio"),
                // TLS for connections over TCP, negotiated by the connection itself (only this target's).
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "NIOTLS", package: "swift-nio"),
            ]),
        .target(
            name: "BeredskapEscalation",
            dependencies: [
                "BeredskapModel", .product(name: "Yams", package: "Yams"),
                // The MSEL's spreadsheet is read with it (semicolons or commas, quoted line breaks).
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Resources/Scenarios")]),
        .target(
            name: "BeredskapReporting",
            dependencies: [
                "BeredskapModel", "BeredskapEscalation", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BeredskapWorkspace",
            dependencies: ["BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapReporting"]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(
            name: "BeredskapShell",
            dependencies: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapReporting", "BeredskapWorkspace",
                "CEditLine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The situation board of a drill: a local HTTP page that follows the drill in the store.
        .target(
            name: "BeredskapBoard",
            dependencies: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapWorkspace", "BeredskapReporting",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
        .executableTarget(
            name: "beredskap",
            dependencies: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapWorkspace", "BeredskapShell",
                "BeredskapPostgreSQL", "BeredskapBoard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // An embedder's program, built and run by CI (Scripts/example): the library without the shell.
        .executableTarget(
            name: "EmbeddingExample",
            dependencies: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapReporting", "BeredskapWorkspace",
            ],
            path: "Examples/Embedding"),
        // The documents' Swift examples, line for line, compiled and run by DocumentationExampleTests.
        .executableTarget(
            name: "DocumentationSnippets",
            dependencies: [
                "BeredskapModel", "BeredskapStorage", "BeredskapEscalation", "BeredskapReporting", "BeredskapWorkspace",
            ],
            path: "Examples/DocumentationSnippets"),
        .executableTarget(
            name: "StoreStress",
            dependencies: ["BeredskapModel", "BeredskapStorage", "BeredskapPostgreSQL", "BeredskapShell"]),
        .testTarget(name: "BeredskapModelTests", dependencies: ["BeredskapModel"]),
        .testTarget(
            name: "BeredskapStorageTests",
            dependencies: [
                "BeredskapStorage", "BeredskapModel", "StoreStress", "PostgreSQLTestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // The tests' own PostgreSQL cluster and the two backends a store suite runs on.
        .target(
            name: "PostgreSQLTestSupport", dependencies: ["BeredskapPostgreSQL", "BeredskapStorage", "BeredskapModel"],
            path: "Tests/PostgreSQLTestSupport"),
        .testTarget(
            name: "BeredskapPostgreSQLTests",
            dependencies: [
                "BeredskapPostgreSQL", "BeredskapStorage", "BeredskapModel", "PostgreSQLTestSupport", "StoreStress",
                "beredskap",
            ]),
        .testTarget(
            name: "BeredskapWorkspaceTests", dependencies: ["BeredskapWorkspace", "BeredskapStorage", "BeredskapModel"]),
        .testTarget(
            name: "BeredskapShellTests",
            dependencies: ["BeredskapShell", "BeredskapWorkspace", "BeredskapStorage", "BeredskapModel"]),
        .testTarget(
            name: "BeredskapEscalationTests",
            dependencies: ["BeredskapEscalation", "BeredskapModel", "BeredskapStorage", "PostgreSQLTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "BeredskapBoardTests",
            dependencies: [
                "BeredskapBoard", "BeredskapWorkspace", "BeredskapStorage", "BeredskapEscalation", "BeredskapModel",
            ]),
        .testTarget(
            name: "BeredskapReportingTests",
            dependencies: ["BeredskapReporting", "BeredskapModel", "BeredskapStorage"],
            exclude: ["Golden"]),
        .testTarget(
            name: "BeredskapCLITests",
            dependencies: [
                "beredskap", "StoreStress", "EmbeddingExample", "DocumentationSnippets", "BeredskapShell",
                "BeredskapEscalation", "PostgreSQLTestSupport",
                "BeredskapStorage", .product(name: "Yams", package: "Yams"),
            ],
            // Read where they lie, by the tests and by Fixtures/plans/check.sh.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "BeredskapFuzzTests",
            dependencies: ["BeredskapShell", "BeredskapStorage", "BeredskapEscalation", "BeredskapModel"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
