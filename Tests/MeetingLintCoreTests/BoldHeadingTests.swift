import Foundation
import Testing

@testable import MeetingLintCore

/// A wholly bold line is now read as a heading on the record's bytes, without its plain text
/// made: it is taken for one, and means the concepts, exactly when its plain text was and did.
@Suite struct BoldHeadingTests {
    /// The old reading: the plain text of the line inside its marks, if not empty and eighty
    /// characters at most, and that text's concepts.
    static func plainBoldHeading(_ bytes: [UInt8], _ range: SourceRange, vocabulary: Vocabulary, names: [String]) -> [Concept]? {
        guard range.count > 4 else { return nil }
        let first = bytes[range.start]
        guard first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), bytes[range.start + 1] == first,
            bytes[range.end - 1] == first, bytes[range.end - 2] == first
        else { return nil }
        var inner = MeetingBuilder.plain(bytes, SourceRange(range.start + 2, range.end - 2))
        guard !inner.isEmpty, inner.utf8.count <= 80 || inner.count <= 80 else { return nil }
        return inner.withUTF8 { vocabulary.concepts(ofHeading: $0, childNames: names) }
    }

    @Test func boldLinesReadOnBytesAsOnTheirPlainText() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var lines: [String] = []
        for line in ModelSpeedTests.lines + VocabularySpeedTests.headings {
            lines.append(line)
            lines.append("**" + line + "**")
            lines.append("__" + line + "__")
        }
        // Marks, spaces, underscores, quotes, dashes, no-break spaces and long text inside the marks.
        let pieces = [
            "Apologies", "attendance", " and ", "*", "`", "_", "__", " ", "  ", "\t", "\u{A0}", "’", "–", "Sofia", "'s views", ":", "1.", "(a) ",
            "é", "views", "e\u{301}", "Next meeting", "x", String(repeating: "long words ", count: 8),
        ]
        var random = BuilderSpeedTests.Random(state: 0xB01D)
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<random.below(7) { text += pieces[random.below(pieces.count)] }
            let mark = random.below(2) == 0 ? "**" : "__"
            lines.append(mark + text + mark)
        }
        var headings = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let range = SourceRange(0, bytes.count)
            for names in [["Sofia K.", "Sofia", "SK"], []] {
                var builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "t.md", text: line)), settings: settings)
                builder.meeting.childNames = names
                let expected = BoldHeadingTests.plainBoldHeading(bytes, range, vocabulary: catalogue.vocabulary, names: names)
                let inner = builder.boldHeading(range)
                #expect((inner != nil) == (expected != nil), "\(line)")
                if let inner, let expected {
                    #expect(builder.concepts(ofHeadingAt: inner) == expected, "\(line)")
                    #expect(MeetingBuilder.plain(bytes, inner) == MeetingBuilder.plain(bytes, SourceRange(2, bytes.count - 2)))
                    if !expected.isEmpty { headings += 1 }
                }
            }
        }
        #expect(headings > 100)
    }
}
