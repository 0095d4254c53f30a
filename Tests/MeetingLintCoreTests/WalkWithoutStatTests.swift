import Foundation
import Testing

@testable import MeetingLintCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk takes a plain record file as `readdir` describes it, without a `stat`, and reads
/// `.gitignore` rules on the path's bytes in place. These check that both reach what the slower
/// way did.
@Suite struct WalkWithoutStatTests {
    /// Every kind of entry a folder can hold: plain records and other files, a folder named like
    /// a record, links to a record, to a folder and to nothing, and a named pipe named like a
    /// record (which is not a file to read, and must not be opened: opening a pipe waits).
    @Test(.timeLimit(.minutes(1))) func everyKindOfEntryIsWalkedAsBefore() throws {
        let scratch = try Scratch()
        try scratch.write("plain.md", "# Plain\n")
        try scratch.write("UPPER.MARKDOWN", "# Upper\n")
        try scratch.write("notes.txt", "# Not a record\n")
        try scratch.write("folder.md/inside.md", "# Inside a folder named like a record\n")
        try scratch.write("target/linked-folder-record.md", "# Reached through a link\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link-to-record.md", withDestinationPath: scratch.path + "/plain.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link-to-record.txt", withDestinationPath: scratch.path + "/plain.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link-to-folder", withDestinationPath: scratch.path + "/target")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link-to-nothing.md", withDestinationPath: scratch.path + "/nowhere.md")
        #expect(mkfifo(scratch.path + "/pipe.md", 0o600) == 0)
        // The folder reached through the link is the same real folder as `target`: walked once,
        // where its first name falls.
        #expect(DriverTests.walk([scratch.path], in: scratch) == [
            "file:UPPER.MARKDOWN",
            "file:folder.md/inside.md",
            "file:link-to-folder/linked-folder-record.md",
            "problem:link-to-nothing.md",
            "file:link-to-record.md",
            "file:plain.md",
        ])
    }

    /// A plain record file git ignores is left out as before, and one a later `!` rule brings
    /// back is kept, in the folder's own `.gitignore` and in a parent's.
    @Test func gitIgnoredPlainFilesAreLeftOut() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        try scratch.write(".gitignore", "*.draft.md\n!keep.draft.md\nsub/only-here.md\n")
        try scratch.write("a.draft.md", "# A\n")
        try scratch.write("keep.draft.md", "# Keep\n")
        try scratch.write("sub/only-here.md", "# Ignored by an anchored rule\n")
        try scratch.write("sub/deeper/only-here.md", "# Not anchored there\n")
        try scratch.write("sub/.gitignore", "local.md\n")
        try scratch.write("sub/local.md", "# Ignored by the folder's own file\n")
        try scratch.write("sub/kept.md", "# Kept\n")
        #expect(DriverTests.walk([scratch.path], in: scratch) == ["file:keep.draft.md", "file:sub/deeper/only-here.md", "file:sub/kept.md"])
    }

    /// `isIgnored` on bytes in place agrees with the reading it replaced (kept here: a string
    /// prefix test, the relative path and its last name as new arrays) over many rules and paths.
    @Test func gitIgnoreOnBytesAgreesWithTheStringReading() throws {
        let scratch = try Scratch()
        let rulesText = [
            "*.md", "!keep.md", "drafts/", "/top.md", "a/**/b.md", "**/deep.md", "x?.md", "[abc]*.md", "[!z]z.md",
            "notes/*.md", "sub/", "\\#hash.md", "trailing.md   ", "*.MD", "é*.md", "dir/*/", "!**/kept/**",
        ].joined(separator: "\n")
        try scratch.write("root/.gitignore", rulesText + "\n")
        try scratch.write("root/sub/.gitignore", "local.md\n!*.md\n/anchored.md\n")
        var ignore = GitIgnore()
        ignore.add(file: scratch.path + "/root/.gitignore", base: scratch.path + "/root")
        ignore.add(file: scratch.path + "/root/sub/.gitignore", base: scratch.path + "/root/sub")
        #expect(ignore.rules.count > 15)

        let names = ["a.md", "keep.md", "top.md", "b.md", "deep.md", "xy.md", "az.md", "zz.md", "#hash.md", "trailing.md", "R.MD", "été.md", "local.md", "anchored.md", "notes", "kept", "drafts", "dir", "sub", "a"]
        var random = SystemRandomNumberGenerator()
        var paths: [String] = []
        for _ in 0..<2_000 {
            let depth = Int.random(in: 0...4, using: &random)
            let folders = (0..<depth).map { _ in names.randomElement(using: &random)! }
            let base = Bool.random(using: &random) ? scratch.path + "/root" : scratch.path + "/root/sub"
            paths.append(([base] + folders + [names.randomElement(using: &random)!]).joined(separator: "/"))
        }
        // Edge cases: a path outside every base, a base itself, a base sharing only a prefix of a name.
        paths += [scratch.path + "/elsewhere/a.md", scratch.path + "/root", scratch.path + "/rootless/a.md", scratch.path + "/root/sub"]
        var disagreements: [String] = []
        for path in paths {
            for isDirectory in [false, true] where ignore.isIgnored(path, isDirectory: isDirectory) != Self.stringReading(ignore, path, isDirectory: isDirectory) {
                disagreements.append("\(path) (folder: \(isDirectory))")
            }
        }
        #expect(disagreements == [])
        // Both answers occur, so the comparison is not of two constant readings.
        let answers = Set(paths.map { ignore.isIgnored($0, isDirectory: false) })
        #expect(answers == [false, true])
    }

    /// The reading `isIgnored` had before it read bytes in place.
    static func stringReading(_ ignore: GitIgnore, _ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        for rule in ignore.rules {
            if rule.directoryOnly && !isDirectory { continue }
            guard path.hasPrefix(rule.base + "/") else { continue }
            let relative = Array(path.utf8.dropFirst(rule.base.utf8.count + 1))
            let matched: Bool
            if rule.anchored {
                matched = GitIgnore.match(rule.pattern[...], relative[...])
            } else {
                let name = relative.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? relative
                matched = GitIgnore.match(rule.pattern[...], name[...])
            }
            if matched { ignored = !rule.negated }
        }
        return ignored
    }
}
