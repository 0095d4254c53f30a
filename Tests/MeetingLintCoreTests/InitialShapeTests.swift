import Testing

@testable import MeetingLintCore

/// Only a capital letter standing alone is read as an initial (`Token.Shape.initial`), so a full
/// stop after a code such as `S47` or `Y6` ends a sentence as after any other word, while one after
/// an initial such as `J.` does not.
@Suite struct InitialShapeTests {
    @Test func onlyALoneCapitalIsAnInitial() {
        let tokens = Tokenizer.tokens(of: "A S47 Y6 CAMHS J. Jo 4B Q-\u{2013}")
        let shapes = tokens.map(\.shape)
        #expect(shapes == [.initial, .upperWord, .upperWord, .upperWord, .initial, .punctuation, .word, .numberWord, .upperWord, .punctuation])
    }

    @Test func aFullStopAfterACodeEndsASentence() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        func sentences(_ text: String) -> [String] {
            let meeting = Meeting(parsing: SourceFile(path: "test.md", text: text), settings: settings)
            // The body's sentences, each without the mark that ends it, tokens joined by spaces.
            return meeting.sentences().map { sentence in
                meeting.tokens[sentence.tokens].map { token in
                    String(decoding: meeting.document.source.bytes[token.range.start..<token.range.end], as: UTF8.self)
                }.joined(separator: " ")
            }
        }
        #expect(sentences("## Updates\nShe is in Y6. Mum agreed.\n") == ["She is in Y6", "Mum agreed"])
        #expect(sentences("## Updates\nAn S47 enquiry began. It ended.\n") == ["An S47 enquiry began", "It ended"])
        #expect(sentences("## Updates\nPlan agreed by J. Smith today.\n") == ["Plan agreed by J . Smith today"])
    }

    /// A full stop after a title (`Dr.`, `Mrs.`) ends no sentence: `Minutes sent by Dr. Lee within
    /// 5 working days` was once two, so `circulation` found no timescale in the sentence naming
    /// the minutes. Other marks after a title still end one.
    @Test func aFullStopAfterATitleEndsNoSentence() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let meeting = Meeting(
            document: Document(parsing: SourceFile(path: "t.md", text: "## Updates\nMinutes sent by Dr. Lee within 5 days. Mrs. Reed agreed. Ask the Dr? Yes.\n")),
            settings: settings)
        #expect(meeting.sentences().count == 4)
        let findings = Linter().check(
            SourceFile(path: "r.md", text: "---\ndate: 14/03/2026\n---\nMinutes to be circulated by Dr. Lee within 5 working days.\n"), keepText: false)
        #expect(!findings.diagnostics.contains { $0.rule == "circulation" })
    }
}
