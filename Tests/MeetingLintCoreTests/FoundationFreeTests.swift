import Foundation
import Testing

@testable import MeetingLintCore

/// The binary links FoundationEssentials, not swift-corelibs-foundation (with CoreFoundation and
/// ICU): that made it three times as large and slower to start. These tests hold the sources to
/// that, and compare the few operations written to replace Foundation's with Foundation's own.
@Suite struct FoundationFreeTests {
    @Test func theProductImportsOnlyFoundationEssentials() throws {
        let root = Snapshot.packageRoot.appendingPathComponent("Sources")
        var checked = 0
        for target in ["MeetingLintCore", "meetinglint"] {
            let folder = root.appendingPathComponent(target).path
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            for file in files {
                let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() where line == "import Foundation" {
                    // Only as the fallback where FoundationEssentials does not exist (Apple's platforms).
                    #expect(index >= 3 && lines[index - 1] == "#else" && lines[index - 2] == "import FoundationEssentials"
                        && lines[index - 3] == "#if canImport(FoundationEssentials)", "\(target)/\(file):\(index + 1) imports Foundation")
                }
                // Comments may name what the code no longer uses.
                let text = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
                for word in ["NSString", "NSLock", "NSCondition", "Thread.", "JSONSerialization", "replacingOccurrences", "trimmingCharacters", ".padding("] {
                    #expect(!text.contains(word), "\(target)/\(file) uses \(word), which needs swift-corelibs-foundation")
                }
                checked += 1
            }
        }
        #expect(checked > 80)
    }

    /// Paths of every shape the driver meets, and some it should not.
    static let paths = [
        "", "/", "/a", "/a/", "a/b", "a/b/", "/a/b", "/a/b/", "a//b", "a//b//", "//a//b//", "//a", "./a", "../a", "a/.", "a/..", "..", "ab",
        "ab/", "a/b/c.md", "/tmp/x y/z.md", "é/ü", "records/2025/x.md", "~/x", "a\\b/c",
    ]

    @Test func pathDeletingLastComponentIsNSStrings() {
        for path in FoundationFreeTests.paths {
            #expect(path.pathDeletingLastComponent == (path as NSString).deletingLastPathComponent, "'\(path)'")
        }
        // Where NSString's version traps (a one-character name: `meetinglint a` crashed), or
        // gives no folder for a path of slashes only.
        let mended = ["a": "", "a/": "", ".": "", "./": "", "é": "", "é/": "", "a///": "", "//": "/", "///": "/"]
        for (path, parent) in mended { #expect(path.pathDeletingLastComponent == parent, "'\(path)'") }
    }

    /// A one-character path named on the command line, a file or not, is checked or reported
    /// (NSString's `deletingLastPathComponent` trapped on it, so `meetinglint a` crashed).
    @Test func aOneCharacterPathIsChecked() throws {
        let binary = try #require(builtBinary(), "the meetinglint binary is built beside the tests")
        let scratch = try Scratch()
        try scratch.write("a", "# Notes\n- Tom to do it ASAP\n")
        func check(_ path: String) throws -> (Int32, String, String) {
            let process = Process()
            process.executableURL = binary
            process.arguments = [path, "--format", "oneline"]
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
            let (output, errors) = (Pipe(), Pipe())
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let written = output.fileHandleForReading.readDataToEndOfFile()
            let said = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "meetinglint \(path) crashed")
            return (process.terminationStatus, String(decoding: written, as: UTF8.self), String(decoding: said, as: UTF8.self))
        }
        let file = try check("a")
        #expect(file.0 == 1 && file.1.hasPrefix("a:"), "\(file)")
        let missing = try check("b")
        #expect(missing.0 == 2 && missing.2.hasPrefix("b: error:"), "\(missing)")
    }

    @Test func pathAppendingIsNSStrings() {
        for path in FoundationFreeTests.paths {
            for component in ["", "b", ".meetinglint", ".git/info/exclude", "sub/c.md", "/abs", "ü.md"] {
                #expect(path.pathAppending(component) == (path as NSString).appendingPathComponent(component), "'\(path)' + '\(component)'")
            }
        }
    }

    static let texts = [
        "", " ", "a", "--", "a -- b", "a—b -- c -- d", "<!-- x --> y", " # comment", "x\t#y", "no marks", "é -- ü", "\r\n---\r\n", "\n---\n",
        "a\n---\nb\n---\n", "quote \" and \\ and \r\n and ↓ here↓", "\"\"\"", "e\u{301} -- \u{301}", "-\u{301}-", "日本語 — 語", "  \t padded \u{3000}\u{A0}",
        "\u{2028}line\u{2029}", "\u{85}x\u{B}\u{C}", "\u{200B}zero width\u{200B}", "\u{FEFF}bom", "🙂 -- 🙂",
    ]

    /// Where `range(of:)`, Foundation's, found a needle, `firstWholeRange(of:)` finds it: not
    /// before a combining mark or variation selector, but before a zero-width joiner.
    @Test func firstWholeRangeFindsWhatRangeOfFound() {
        var texts = FoundationFreeTests.texts
        for piece in ["\u{301}", "\u{200D}", "\u{FE0F}", "\u{200C}", "\u{1F3FB}", "\u{903}", "\u{1160}", "\u{11A8}", "\u{600}", "\u{1F1EC}", "é", "\r\n", "\n"] {
            texts += ["--" + piece, "-" + piece + "--", "x--" + piece + "--y", " #" + piece, "a\r\n---" + piece + "\nb", " — " + piece + " — "]
        }
        texts += ["x\r\n---\ny", "\r\n---\n", "a\n---\r\n---\n"]
        for text in texts {
            // The needles the linter searches for, and others with no second spelling in Unicode
            // (it would find `é` only as written, where Foundation also found `e\u{301}`).
            for needle in ["--", " #", "\t#", "\n---\n", " — ", " -- ", "↓", "x"] {
                let mine = text.firstWholeRange(of: needle).map { text.utf16.distance(from: text.startIndex, to: $0.lowerBound) }
                let theirs = text.range(of: needle).map { text.utf16.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(mine == theirs, "'\(needle)' in \(Array(text.unicodeScalars))")
                // On a part of the text, the range is the part's.
                let part = text.dropFirst()
                #expect(part.firstWholeRange(of: needle).map { part[$0] == needle } ?? true)
            }
        }
    }

    @Test func replacingScalarReplacesEveryOne() {
        for text in FoundationFreeTests.texts {
            for (scalar, replacement) in [("\"", "\"\""), ("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("↓", "")] as [(Unicode.Scalar, String)] {
                let theirs = (text as NSString).replacingOccurrences(of: String(scalar), with: replacement, options: .literal, range: NSRange(location: 0, length: text.utf16.count))
                #expect(text.replacingScalar(scalar, with: replacement) == theirs, "'\(scalar)' in '\(text)'")
            }
        }
    }

    @Test func trimmingIsFoundationsOnEveryScalar() {
        // Every scalar of the Basic Multilingual Plane and some beyond, alone and around a word.
        let scalars = (0...0xFFFF).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x1F642)!, Unicode.Scalar(0xE0020)!]
        for scalar in scalars {
            let text = String(scalar) + "a" + String(scalar)
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(scalar.value, radix: 16))")
            #expect(String(scalar).trimmingWhitespaceAndNewlines == String(scalar).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for text in FoundationFreeTests.texts {
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "'\(text)'")
        }
    }
}

/// A baseline file is read with `JSONDecoder` into a value of any shape, as `JSONSerialization`
/// read it before: a count written `2.0` is still two, a count of the wrong type one.
@Suite struct BaselineReadingTests {
    @Test func countsAreReadAsJSONSerializationReadThem() throws {
        let scratch = try Scratch()
        let entries = [
            #"{"path":"a.md","rule":"r","line":"1","count":2}"#, #"{"path":"b.md","rule":"r","line":"1","count":2.0}"#,
            #"{"path":"c.md","rule":"r","line":"1"}"#, #"{"path":"d.md","rule":"r","line":"1","count":"3"}"#,
            #"{"path":"e.md","rule":"r","line":"1","count":2.5}"#, #"{"path":"f.md","rule":"r","line":"1","count":true,"extra":[1,{"x":null}]}"#,
            #"{"path":"a.md","rule":"r","line":"1","count":1}"#,
        ]
        let file = try scratch.write("baseline.json", #"{"tool":"meetinglint","baseline":1,"findings":["# + entries.joined(separator: ",\n") + "]}\n")
        let baseline = try Baseline(path: file)
        let counts = Dictionary(uniqueKeysWithValues: baseline.remaining.map { ($0.key.path, $0.value) })
        #expect(counts == ["a.md": 3, "b.md": 2, "c.md": 1, "d.md": 1, "e.md": 1, "f.md": 1])
    }

    @Test func whatIsNotABaselineIsSaidSo() throws {
        let scratch = try Scratch()
        for text in ["", "null", "[]", "{}", "{\"findings\":{}}", "{\"findings\":[1]", "{\"findings\":[1]}", "{\"findings\":[{}, 2]}", "\"findings\"",
            "{\"findings\":[]} x"]
        {
            let file = try scratch.write("b.json", text)
            let error = #expect(throws: BaselineError.self, "'\(text)'") { try Baseline(path: file) }
            #expect(error?.message == "this is not a meetinglint baseline (write one with --write-baseline)", "'\(text)'")
        }
        // An entry whose line is no string: damaged, not another kind of file.
        let file = try scratch.write("b.json", "{\"findings\":[{\"path\":\"a.md\",\"rule\":\"r\",\"line\":1}]}")
        let error = #expect(throws: BaselineError.self) { try Baseline(path: file) }
        #expect(error?.message.hasPrefix("this baseline file is damaged") == true)
        let empty = try scratch.write("b.json", "{\"findings\":[]}")
        #expect(try Baseline(path: empty).remaining.isEmpty)
    }
}
