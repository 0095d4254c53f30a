import Foundation
import Testing

/// Compares text with a recorded snapshot under `Tests/MeetingLintCoreTests/Fixtures/`.
///
/// Set `MEETINGLINT_RECORD_SNAPSHOTS=1` to write the snapshots anew; the test then fails so that
/// a re-recorded snapshot is always reviewed (`git diff`) before it is trusted.
enum Snapshot {
    /// The fixtures folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The package's root folder.
    static let packageRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Reads a fixture's bytes.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    /// Checks `actual` against the snapshot at `path` (relative to the fixtures folder).
    static func assert(_ actual: String, matches path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = fixtures.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["MEETINGLINT_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("Recorded \(path); review it with git diff, then run the tests again without MEETINGLINT_RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("No snapshot at \(path): run with MEETINGLINT_RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            let shownExpected = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
            let shownActual = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
            Issue.record(
                "\(path) differs at line \(firstDifference + 1):\n  expected: \(shownExpected)\n  actual:   \(shownActual)",
                sourceLocation: sourceLocation)
        }
    }
}
