import Foundation
import Testing

@testable import MeetingLintCore

/// The scan for where a date may start (`DateReader.candidate`) passes over a number followed by
/// a mark other than a numeric date's separators (`/`, `.`, `-`), such as the `:` of a time:
/// no date starts there. Checked against the readers themselves (every token tried, every date
/// order), for numbers before every ASCII mark and the curly ones, in date-like runs.
@Suite struct DateSeparatorScanTests {
    /// Every ASCII punctuation mark and a few non-ASCII ones, each as text.
    static let marks: [String] = (0x21...0x7E).compactMap { value -> String? in
        let scalar = Unicode.Scalar(UInt8(value))
        let character = Character(scalar)
        return character.isLetter || character.isNumber ? nil : String(character)
    } + ["’", "–", "—", "…"]

    /// Date-like runs with `mark` where a separator would stand.
    static func texts(with mark: String) -> [String] {
        [
            "14\(mark)03\(mark)2026", "2026\(mark)03\(mark)14", "14\(mark)3\(mark)26", "14\(mark) March 2026", "14\(mark)", "1\(mark)2\(mark)3\(mark)4\(mark)5",
            "10\(mark)30 on 14 March 2026", "on 14\(mark)03\(mark)2026\(mark)", "\(mark)14\(mark)03\(mark)2026", "14 \(mark) 03 \(mark) 2026",
            "14th\(mark) March", "14\(mark)of March", "May\(mark) 2026", "3\(mark) weeks",
        ]
    }

    @Test func numbersBeforeAnyMarkArePassedOverOnlyWhereNoDateStarts() {
        var failures: [String] = []
        var passedOver = 0
        for mark in DateSeparatorScanTests.marks {
            for text in DateSeparatorScanTests.texts(with: mark) {
                let tokens = Tokenizer.tokens(of: text)[...]
                let bytes = Array(text.utf8)
                var index = tokens.startIndex
                while index < tokens.endIndex {
                    let found = DateReader.candidate(in: tokens, from: index)
                    for skipped in index..<min(found, tokens.endIndex) {
                        passedOver += 1
                        if DateStartScanTests.startsDate(tokens, at: skipped, bytes: bytes) { failures.append("\(text) at token \(skipped)") }
                    }
                    index = found + 1
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(passedOver > 0)
    }
}
