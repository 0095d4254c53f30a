// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

/// The code that runs at every start: its generic types' metadata is found through the
/// compiler's direct accessors rather than by demangling each type's name at its first use, which
/// (with a look through every protocol conformance in the binary for each requirement) was a
/// fifth of checking one record: 16.1 M instructions against 14.4 M. A flag of the Swift
/// compiler's front end: it changes how metadata is found, not what the code does. (SwiftPM calls
/// such flags unsafe and refuses them in a package used as another's dependency; meetinglint is
/// built on its own.)
let startUp: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

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
            swiftSettings: strict + startUp,
            plugins: ["EmbedRules"]
        ),
        .executableTarget(name: "meetinglint", dependencies: ["MeetingLintCore"], swiftSettings: strict + startUp),
        .testTarget(
            name: "MeetingLintCoreTests",
            dependencies: ["MeetingLintCore"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ]
)
