import Foundation
import Testing

@testable import MeetingLintCore

/// `circulation` asks whether text holds a timescale, or a concrete one, stopping at the first
/// (`TimescaleReader.holdsTimescale`, `holdsConcreteTimescale`): it answers as reading every
/// timescale did (`read(...)`, then `isEmpty` or `contains(where: \.isConcrete)`), for the
/// corpus's sentences and sections and for random and awkward circulated values.
@Suite struct CirculationTimescaleTests {
    /// `Circulation.saysWhen` as it was: every timescale of the value listed, then looked through.
    static func plainSaysWhen(_ meeting: Meeting, _ text: String, _ context: CheckContext) -> Bool {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &tokens)
        let timescales = context.vocabulary.timescales.read(tokens[...], bytes: bytes, context: meeting.timescaleContext)
        return timescales.contains { $0.isConcrete }
    }

    static let values = [
        "", "by email", "by email, within 5 working days", "within 5 working days", "soon", "ASAP", "next week", "by 28/03/2026",
        "28/03/2026", "31/02/2026", "within two weeks of the meeting", "end of May 2026", "TBC", "within 5 days by email to all present",
        "by Friday", "at the next meeting", "within", "5", "working days", "within 10 working days (by 20 March)",
    ]

    @Test func holdingAnswersAsReadingEvery() {
        let catalogue = Catalogue.builtIn
        let vocabulary = catalogue.vocabulary
        let context = CheckContext(parameters: [:], vocabulary: vocabulary, profile: catalogue.orderedProfiles[0])
        let timescales = vocabulary.timescales
        var generator = SystemRandomNumberGenerator()
        let words = CirculationTimescaleTests.values.flatMap { $0.split(separator: " ").map(String.init) } + ["the", "minutes", "circulated", ","]
        var held = 0
        for meeting in WordIndexSpeedTests.meetings() {
            let bytes = meeting.source.bytes
            let timing = meeting.timescaleContext
            for sentences in [meeting.sentences(), meeting.sentences(includingHeadings: true)] {
                for sentence in sentences {
                    let tokens = meeting.tokens[sentence.tokens]
                    let all = timescales.read(tokens, bytes: bytes, context: timing)
                    #expect(timescales.holdsConcreteTimescale(tokens, bytes: bytes, context: timing) == all.contains(where: \.isConcrete))
                    #expect(timescales.holdsTimescale(tokens, bytes: bytes, context: timing) == !all.isEmpty)
                    if !all.isEmpty { held += 1 }
                }
            }
            for section in meeting.sections {
                let tokens = meeting.contentTokens(of: section)
                #expect(timescales.holdsTimescale(tokens, bytes: bytes, context: timing) == !timescales.read(tokens, bytes: bytes, context: timing).isEmpty)
            }
            var texts = CirculationTimescaleTests.values
            for _ in 0..<20 {
                texts.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "))
            }
            for text in texts {
                #expect(Circulation.saysWhen(meeting, text, context) == CirculationTimescaleTests.plainSaysWhen(meeting, text, context))
            }
        }
        #expect(held > 50)
    }
}
