import Foundation
import Testing

@testable import MeetingLintCore

/// `holdsTimescale`, `holdsConcreteTimescale` and `firstTimescale` stop the scan at the first
/// timescale (or the first concrete one) rather than listing them all: they say what the list says, over the
/// corpus's lines, the timescale lines and random texts of dates and words, from several starts
/// and in every context.
@Suite struct TimescaleFirstStopTests {
    @Test func stoppingAtTheFirstSaysWhatTheListSays() {
        let reader = TimescaleSpeedTests.reader
        var texts = TimescaleSpeedTests.lines + TimescaleSpeedTests.texts(count: 1_000, seed: 0xF125_7)
        for meeting in ActionSpeedTests.meetings {
            for line in meeting.lines { texts.append(meeting.text(line.range)) }
        }
        var failures: [String] = []
        var holding = 0
        var concrete = 0
        for text in texts {
            let bytes = Array(text.utf8)
            var tokens: [Token] = []
            Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &tokens)
            for first in 0...min(2, tokens.count) {
                let slice = tokens[first...]
                for context in TimescaleSpeedTests.contexts {
                    let all = reader.read(slice, bytes: bytes, context: context)
                    if reader.holdsTimescale(slice, bytes: bytes, context: context) != !all.isEmpty { failures.append("holds: \(text)") }
                    let firstFound = reader.firstTimescale(slice, bytes: bytes, context: context)
                    if firstFound?.range != all.first?.range || firstFound?.kind != all.first?.kind { failures.append("first: \(text)") }
                    let hasConcrete = all.contains(where: \.isConcrete)
                    if reader.holdsConcreteTimescale(slice, bytes: bytes, context: context) != hasConcrete { failures.append("concrete: \(text)") }
                    if !all.isEmpty { holding += 1 }
                    if hasConcrete { concrete += 1 }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(holding > 1_000)
        #expect(concrete > 500)
    }
}
