import Foundation
import Testing

@testable import MeetingLintCore

/// The shortcuts the action reader takes, checked on every record of the corpus against the
/// longer way they replace.
@Suite struct ActionSpeedTests {
    /// Every record of the bundled corpus, read into a model.
    static let meetings: [Meeting] = {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: corpus.appendingPathComponent(name)) else { return nil }
            return Meeting(parsing: SourceFile(path: name, bytes: Array(data)), settings: settings)
        }
    }()

    /// A due value's tokens are sliced from its line's tokens rather than read again from its
    /// range: a run of a line's tokens, tokenized from the first's start to the last's end, is
    /// those same tokens (runs of one to three tokens from every token, which meet every pair of
    /// boundaries, and every run to the line's end).
    @Test func aRunOfALinesTokensReadsAsTheSameTokensAgain() {
        #expect(!ActionSpeedTests.meetings.isEmpty)
        var mismatches: [String] = []
        for meeting in ActionSpeedTests.meetings {
            let bytes = meeting.source.bytes
            for line in meeting.lines {
                for first in line.tokens {
                    for last in first..<line.tokens.upperBound where last - first < 3 || last == line.tokens.upperBound - 1 {
                        var again: [Token] = []
                        Tokenizer.tokenize(bytes, meeting.span(first..<(last + 1)), into: &again)
                        if again != Array(meeting.tokens[first...last]) {
                            mismatches.append("\(meeting.source.path): \(meeting.text(meeting.span(first..<(last + 1))))")
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// A column title's part, looked up by its bytes' hash where it is plain ASCII, is the part its
    /// text names, for every table cell in the corpus and a few awkward titles.
    @Test func columnTitlesReadTheSameOnBytesAsOnText() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let awkward = """
            | Action | Who? | By when: | _Owner_ | **Due date** | Action 2 | Agreed-action | Status (Y/N) | Who / Pwy | `Due` | Ação | Notes | Measure of success | 3 |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|

            """
        var documents = ActionSpeedTests.meetings.map(\.document)
        documents.append(Document(parsing: SourceFile(path: "awkward.md", text: awkward)))
        var compared = 0
        for document in documents {
            let builder = MeetingBuilder(document: document, settings: settings)
            for index in document.nodes.indices where document.nodes[index].kind == .tableRow {
                for cell in document.cells(of: Int32(index)) {
                    #expect(builder.columnPart(cell) == builder.columnPart(title: builder.plain(cell)), "\(builder.text(cell))")
                    compared += 1
                }
            }
        }
        #expect(compared > 14)
    }

    /// `isWhatKey` on a key's bytes, which turns away most keys by their first byte, agrees with
    /// `isWhatKey` on its text for every field key in the corpus and a few awkward ones.
    @Test func whatKeysReadTheSameOnBytesAsOnText() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var keys: [String] = [
            "Date", "date:", "*Chair*", "- Owner", "Next meeting", "Notes", ":", ".", "  ", "nEW action 3:", "ñew action",
            "_Agreed action_", "Acción", "A", "N", "1 Action", "Action", "Action 2", "Action 2.:", "Action 2.3", "Action:2",
            "agreed-action", "Action point 12 -", "New_action", "**Action**", "Actions", "Action’s", "Actión 2", "Reaction", "2", "",
            "Action 2a",
        ]
        for meeting in ActionSpeedTests.meetings {
            for node in meeting.document.nodes where node.kind == .fieldLine { keys.append(meeting.text(node.key)) }
        }
        for key in keys {
            let builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "test.md", text: key + ": x\n")), settings: settings)
            #expect(builder.isWhatKey(SourceRange(0, key.utf8.count)) == builder.isWhatKey(key), "\(key)")
        }
    }

    /// Whether a range's plain text is empty, told mostly from its bytes, is whether the text made
    /// is: over every run of up to three tokens of every line in the corpus, and awkward marks.
    @Test func plainTextIsEmptyAsTheTextMadeIs() {
        var compared = 0
        for meeting in ActionSpeedTests.meetings {
            let bytes = meeting.source.bytes
            for line in meeting.lines {
                for first in line.tokens {
                    for last in first..<min(first + 3, line.tokens.upperBound) {
                        let range = meeting.span(first..<(last + 1))
                        #expect(Meeting.plainTextIsEmpty(of: range, in: bytes) == Meeting.plainText(of: range, in: bytes).isEmpty)
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 1000)
        for text in ["", "_", "__", "_ _", "_ _ _", "* `", "**_**", "_ x _", "\t_\r\n_", "x", "é", "_é_"] {
            let bytes = Array(text.utf8)
            let range = SourceRange(0, bytes.count)
            #expect(Meeting.plainTextIsEmpty(of: range, in: bytes) == Meeting.plainText(of: range, in: bytes).isEmpty, "\(text)")
        }
    }

    /// A part's text, whether made when asked for or given when the action was read (owners and
    /// statuses), is the plain text of its range as the builder reads it, for every part of every
    /// action in the corpus.
    @Test func partsTextIsThePlainTextOfItsRange() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var compared = 0
        for meeting in ActionSpeedTests.meetings {
            let builder = MeetingBuilder(document: meeting.document, settings: settings)
            for action in meeting.actions + meeting.previousActions {
                for part in [action.what, action.owner, action.dueText, action.measure, action.status].compactMap({ $0 }) where !part.isEmpty {
                    // A status given for a task box (`done`) stands for the whole action.
                    if part.range == action.range { continue }
                    #expect(part.text == builder.plain(part.range))
                    #expect(!part.text.isEmpty)
                    compared += 1
                }
            }
        }
        #expect(compared > 100)
    }
}
