import Foundation
import Testing

@testable import MeetingLintCore

/// The byte readings of the model's text helpers give what the character readings they stand in
/// for give, over every line of the corpus and some awkward text.
@Suite struct ModelSpeedTests {
    /// Text that trips character readings: curly quotes, combining marks, `\r\n`, digits of other
    /// scripts, separators at the edges and next to each other.
    static let awkward = [
        "Sofia (7 months) and Leo (2)", "baby W. & unborn", "Maya(2),Jo 18mths;Kai aged 4", "Zoë (5) / Émile (١٢)",
        "a\r\nb", "e\u{301}and x", " and , & ", "&&", "", " ", "Mum and Dad's views", "Kerry & Jamie’s views",
        "what mum and dad told us", "Sofia's views (in her words)", "½ 3rd", "x+y / z + w",
    ]

    /// Every line of the corpus and the fixtures, lower-cased and as written, and the awkward text.
    static let lines: [String] = {
        var lines = awkward
        for folder in ["Corpus", "Tests/MeetingLintCoreTests/Fixtures"] {
            let url = Snapshot.packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "md" {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n").prefix(400) {
                    lines.append(String(line))
                    lines.append(line.lowercased())
                }
            }
        }
        return lines
    }()

    @Test func alphanumericRunsAreTheCharacterSplit() {
        for line in ModelSpeedTests.lines {
            #expect(MeetingBuilder.alphanumericRuns(line) == line.split(whereSeparator: { !$0.isLetter && !$0.isNumber }), "\(line)")
        }
    }

    /// An ASCII name split at spaces on bytes is the name split at space characters; and the
    /// child's names read from every line are those of the same line read by characters.
    @Test func asciiWordsSplitOnBytesAsOnCharacters() {
        for line in ModelSpeedTests.lines where line.isASCII {
            #expect(line.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) } == line.split(separator: " ").map(String.init))
        }
        #expect(MeetingBuilder.names(in: "Sofia K. (7) and Leo K. (4)").0 == ["Sofia K.", "Sofia", "SK", "Leo K.", "Leo", "LK"])
        #expect(MeetingBuilder.names(in: "Baby  Poppy W.  (5 months)").0 == ["Poppy W.", "Poppy", "PW"])
    }

    /// The flat concept index gives each concept's sections as a scan of the sections does: in
    /// record order, save that headings found to be the family's views by who was listed come
    /// after those whose heading said so.
    @Test func sectionsByConceptAreTheScannedSections() {
        let resolved = model("# Review\n## Attendance\n- Kirsty (Mum)\n## Kirsty's views\nFine.\n## Family views\nGood.\n## Actions\n- Tom to call.\n")
        #expect(resolved.sections(.familyViews).map(\.title) == ["Family views", "Kirsty's views"])
        var records = PeopleSpeedTests.texts()
        records.append("## Purpose\nx\n## Purpose\ny\n### Attendance and apologies\n- Jo\n")
        for text in records {
            let meeting = model(text)
            for concept in Concept.allCases {
                let scanned = meeting.sections.indices.filter { meeting.sections[$0].concepts.contains(concept) }
                let indexed = Array(meeting.sectionIndexes(concept))
                #expect(indexed.sorted() == scanned, "\(concept)")
                #expect(meeting.hasSection(concept) == !scanned.isEmpty)
                if concept != .familyViews { #expect(indexed == scanned) }
            }
        }
    }

    /// Comments are turned away on bytes only where they hold no directive.
    @Test(arguments: [
        (" meetinglint-disable-next-line jargon -- ok", Suppression.Scope?.some(.nextLine)), ("\t\nmeetinglint-enable jargon", .enable),
        ("meetinglint-disable-file", .file), ("meetinglint-disable", .disable), ("meetinglint-disabled x", nil), ("meetinglint", nil),
        (" note: meetinglint-disable x", nil), ("\r\nmeetinglint-enable x", .enable), ("\r\n \r\t\nmeetinglint-disable x", .disable),
        ("meetinglint-disable-file\r\napologies", .file), ("meetinglint-enable\r\n", .enable), ("meetinglint-disable\rx", .disable), ("", nil), ("MEETINGLINT-disable x", nil),
    ])
    func suppressionsAreReadWhereTheyStand(_ text: String, _ scope: Suppression.Scope?) {
        let bytes = Array(text.utf8)
        let range = SourceRange(0, bytes.count)
        #expect(MeetingBuilder.suppression(bytes: bytes, range, comment: range)?.scope == scope, "\(text)")
    }

    /// A directive after CR LF, or followed by one (a record saved on Windows), names its rules
    /// where they stand.
    @Test func directiveAfterCRLFKeepsItsRuleRanges() {
        let bytes = Array("\r\nmeetinglint-disable jargon, hedging".utf8)
        let range = SourceRange(0, bytes.count)
        let rules = MeetingBuilder.suppression(bytes: bytes, range, comment: range)?.rules ?? []
        #expect(rules.map(\.id) == ["jargon", "hedging"])
        #expect(rules.map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) } == ["jargon", "hedging"])
        let after = Array("meetinglint-disable-file\r\napologies\r\n".utf8)
        let whole = SourceRange(0, after.count)
        #expect(MeetingBuilder.suppression(bytes: after, whole, comment: whole)?.rules.map(\.id) == ["apologies"])
    }

    /// Entries turned away on their first byte are those the character reading leaves as written.
    @Test(arguments: [("`ASAP`", "ASAP"), ("ASAP", "ASAP"), ("`", "`"), ("``", ""), ("a`b`", "a`b`"), ("`a — b`", "a — b"), ("é`x`", "é`x`"), ("", "")])
    func entriesAreUnquotedAsBefore(_ entry: String, _ unquoted: String) {
        #expect(Vocabulary.unquote(entry) == unquoted)
    }

    /// The split on bytes is the split a plain search for each separator in turn gives.
    @Test func splitFindsEachSeparatorInTurn() {
        func plainSplit(_ text: String, _ separators: [String]) -> [String] {
            let bytes = Array(text.utf8)
            var parts: [String] = []
            var start = 0
            var index = 0
            outer: while index < bytes.count {
                for separator in separators.map({ Array($0.utf8) }) where bytes[index...].starts(with: separator) {
                    parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    index += separator.count
                    start = index
                    continue outer
                }
                index += 1
            }
            parts.append(String(decoding: bytes[start...], as: UTF8.self))
            return parts
        }
        for line in ModelSpeedTests.lines {
            #expect(TextKey.split(line, at: [",", ";", " and ", "&", "/", " + "]) == plainSplit(line, [",", ";", " and ", "&", "/", " + "]))
            #expect(TextKey.split(line, at: [" and ", "&", ","]) == plainSplit(line, [" and ", "&", ","]))
            #expect(TextKey.split(line, at: ["–", "a", "an"]) == plainSplit(line, ["–", "a", "an"]))
        }
    }

    /// Possessors found on bytes are those the templates' `hasPrefix` and `hasSuffix` find.
    @Test func possessorsOnBytesAreThoseOnText() {
        let vocabulary = Catalogue.builtIn.vocabulary
        func plainPossessors(_ heading: String) -> [String] {
            vocabulary.childTemplates.enumerated().compactMap { template, parts in
                let (prefix, suffix) = parts
                let utf8 = heading.utf8
                guard utf8.count > prefix.utf8.count + suffix.utf8.count, heading.hasPrefix(prefix), heading.hasSuffix(suffix) else { return nil }
                let possessor = String(Substring(utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count))).trimmingSpaces
                return possessor.isEmpty ? nil : "\(template) \(possessor)"
            }
        }
        var found = 0
        for line in ModelSpeedTests.lines {
            let heading = TextKey.heading(line)
            var possessors: [String] = []
            vocabulary.forEachFit(inHeading: heading) { possessors.append("\($1) \($0)") }
            #expect(possessors == plainPossessors(heading), "\(heading)")
            found += possessors.count
        }
        #expect(found > 10)
    }

    /// Plain text copied sixteen bytes at a time is the plain text read a byte at a time: over
    /// every line of the corpus from each of its first bytes on, and over text made of the bytes that
    /// matter (marks, spaces, tabs, line ends, underscores, multi-byte characters) in every order.
    @Test func plainTextCopiedInBlocksIsPlainTextReadByByte() {
        var checked = 0
        func check(_ bytes: [UInt8], _ range: SourceRange) {
            let fast = MeetingBuilder.plain(bytes, range)
            let slow = MeetingBuilder.plain(bytes, range, vectorised: false)
            #expect(fast == slow, "\(String(decoding: bytes[range.start..<range.end], as: UTF8.self))")
            checked += 1
        }
        for line in ModelSpeedTests.lines {
            let bytes = Array(line.utf8)
            for start in 0..<min(bytes.count, 24) { check(bytes, SourceRange(start, bytes.count)) }
        }
        let pieces = ["a", "bc", "word", " ", "  ", "*", "**", "`", "\t", "\n", "\r\n", "_", "__", "é", "’", "x y", "\u{1}", "-"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(seed >> 58) + 8 {
                text += pieces[Int((seed >> UInt64(step % 50)) % UInt64(pieces.count))]
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            }
            let bytes = Array(text.utf8)
            for start in 0..<bytes.count { check(bytes, SourceRange(start, bytes.count)) }
        }
        #expect(checked > 10000)
    }
}
