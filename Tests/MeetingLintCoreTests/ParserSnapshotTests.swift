import Foundation
import Testing

@testable import MeetingLintCore

/// One fixture per dialect feature: `Fixtures/Parser/NAME.md` parsed and dumped must equal
/// `Fixtures/Parser/NAME.tree`, which was reviewed by hand against SPEC §2.
///
/// Re-record with `MEETINGLINT_RECORD_SNAPSHOTS=1 swift test --filter ParserSnapshotTests`, then
/// read the `git diff` of every `.tree` before trusting it.
@Suite struct ParserSnapshotTests {
    /// The folder of parser fixtures.
    static let folder = Snapshot.fixtures.appendingPathComponent("Parser")

    /// The files in the fixtures folder whose names end with `suffix`, without it, sorted.
    static func names(endingWith suffix: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }

    static let fixtures = names(endingWith: ".md")

    @Test(arguments: fixtures)
    func treeMatchesSnapshot(_ name: String) throws {
        // Raw bytes, so CRLF, byte-order-mark and invalid UTF-8 fixtures reach the parser unchanged.
        let bytes = try Snapshot.bytes("Parser/\(name).md")
        let document = Document(parsing: SourceFile(path: "\(name).md", bytes: bytes))
        Snapshot.assert(Self.dump(document), matches: "Parser/\(name).tree")
    }

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 40, "the parser fixtures folder looks empty: \(Self.folder.path)")
    }

    /// A snapshot whose fixture was renamed or deleted would otherwise go stale unnoticed.
    @Test func everySnapshotHasAFixture() {
        let orphans = Set(Self.names(endingWith: ".tree")).subtracting(Self.fixtures)
        #expect(orphans.isEmpty, "snapshots without a fixture: \(orphans.sorted())")
    }

    /// The tree, then the parse problems (if any), one a line with their ranges.
    static func dump(_ document: Document) -> String {
        var text = document.treeDump()
        if !document.problems.isEmpty {
            text += "Problems:\n"
            for problem in document.problems {
                let start = document.source.location(of: problem.range.start)
                let end = document.source.location(of: problem.range.end)
                text += "  \(problem.kind) @\(start.line):\(start.column)-\(end.line):\(end.column)\n"
            }
        }
        return text
    }
}
