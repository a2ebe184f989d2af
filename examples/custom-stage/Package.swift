// swift-tools-version: 6.0
import Foundation
import PackageDescription

// A host program that adds its own stage to enrich: see README.md, "Your own stage".
// In your own package, depend on enrich by URL; here it is the checkout two folders up, whose
// package name is that folder's name.
let enrichCheckout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized
let enrich = enrichCheckout.lastPathComponent

let package = Package(
    name: "enrich-watchlist",
    dependencies: [.package(path: enrichCheckout.path)],
    targets: [
        .executableTarget(
            name: "enrich-watchlist",
            dependencies: [
                .product(name: "Enrich", package: enrich),
                .product(name: "EnrichCommandLine", package: enrich),
            ]
        )
    ]
)
