// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "meetinglint",
    products: [
        .executable(name: "meetinglint", targets: ["meetinglint"]),
        .library(name: "MeetingLintCore", targets: ["MeetingLintCore"]),
    ],
    targets: [
        // Turns the rule documents, profiles and vocabularies in Rules/ into Swift source,
        // so the binary carries them wherever it is copied.
        .executableTarget(name: "embed-rules", path: "Sources/embed-rules", swiftSettings: strict),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        .target(
            name: "MeetingLintCore",
            swiftSettings: strict,
            plugins: ["EmbedRules"]
        ),
        .executableTarget(name: "meetinglint", dependencies: ["MeetingLintCore"], swiftSettings: strict),
        .testTarget(
            name: "MeetingLintCoreTests",
            dependencies: ["MeetingLintCore"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ]
)
