// swift-tools-version: 6.0
import PackageDescription

/// enrich: an NLP enrichment pipeline for news digests, built on the system ICU.
///
/// Module layout (one concept a module):
/// - `CICU`: the C shim over libicu (plain C header; the only place that includes `<unicode/...>`).
/// - `EnrichCore`: document model, `Stage` protocol, pipeline, registry, JSON in/out, streaming runner.
/// - `EnrichText`, ...: the built-in stages, each usable alone.
/// - `Enrich`: the built-in stage registry, the one place that knows every stage.
/// - `EnrichCommandLine`: the `enrich` command as a library, so host programs can add stages.
/// - `EnrichCLI`: the `enrich` executable.
let package = Package(
    name: "enrich",
    products: [
        .executable(name: "enrich", targets: ["EnrichCLI"]),
        .library(name: "Enrich", targets: ["Enrich"]),
        .library(name: "EnrichCommandLine", targets: ["EnrichCommandLine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "EnrichCore", dependencies: ["CICU", .product(name: "Yams", package: "Yams")]),
        .target(name: "EnrichText", dependencies: ["EnrichCore"]),
        .target(name: "EnrichDigest", dependencies: ["EnrichCore"]),
        .target(name: "EnrichEntities", dependencies: ["EnrichCore"]),
        .target(name: "EnrichAttribution", dependencies: ["EnrichCore", "EnrichText"]),
        .target(name: "EnrichKeywords", dependencies: ["EnrichCore"]),
        .target(name: "EnrichSummary", dependencies: ["EnrichCore", "EnrichKeywords"]),
        .target(
            name: "Enrich",
            dependencies: [
                "EnrichCore", "EnrichText", "EnrichDigest", "EnrichEntities", "EnrichAttribution", "EnrichKeywords",
                "EnrichSummary",
            ]
        ),
        .target(
            name: "EnrichCommandLine",
            dependencies: ["Enrich", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "EnrichCLI", dependencies: ["EnrichCommandLine"]),
        .executableTarget(name: "EnrichGazetteerBench", dependencies: ["EnrichEntities", "EnrichText"]),
        .target(
            name: "EnrichTestSupport", dependencies: ["EnrichCore", "EnrichText", "EnrichKeywords"], path: "Tests/EnrichTestSupport"
        ),
        .testTarget(name: "EnrichCoreTests", dependencies: ["EnrichCore", "EnrichTestSupport"]),
        .testTarget(name: "EnrichTextTests", dependencies: ["EnrichText", "EnrichTestSupport"]),
        .testTarget(
            name: "EnrichDigestTests", dependencies: ["EnrichDigest", "EnrichTestSupport"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EnrichEntitiesTests", dependencies: ["EnrichEntities", "EnrichText"]),
        .testTarget(name: "EnrichCLITests", dependencies: ["Enrich", "EnrichCLI", "EnrichTestSupport"]),
        .testTarget(name: "EnrichAttributionTests", dependencies: ["EnrichAttribution", "EnrichText"]),
        .testTarget(name: "EnrichKeywordsTests", dependencies: ["EnrichKeywords", "EnrichTestSupport"]),
        .testTarget(name: "EnrichSummaryTests", dependencies: ["EnrichSummary", "EnrichTestSupport"]),
    ]
)
