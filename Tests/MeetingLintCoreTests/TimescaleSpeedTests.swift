import Foundation
import Testing

@testable import MeetingLintCore

/// The fast paths of the date and timescale readers (tokens that can start nothing are skipped at
/// once) give exactly what trying every way at every token gives.
@Suite struct TimescaleSpeedTests {
    static let reader = Catalogue.builtIn.vocabulary.timescales

    /// Every line of the corpus and the test fixtures' records.
    static let lines: [String] = {
        let root = Snapshot.packageRoot
        var lines: [String] = []
        for folder in ["Corpus", "Tests/MeetingLintCoreTests/Fixtures"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "md" {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                // Not the fuzz seeds' lines of many thousand tokens: the old `due`, copied here as
                // the reference, is quadratic in them.
                lines += text.split(separator: "\n", omittingEmptySubsequences: true).filter { $0.utf8.count <= 2_000 }.map(String.init)
            }
        }
        return Array(Set(lines)).sorted()
    }()

    /// Pieces that start, continue or nearly make dates and timescales.
    static let pieces: [String] = {
        var pieces = [
            "9", "09", "3", "12", "52", "7", "2026", "26", "1999", "2300", "31", "0", "123456789", "1234567890", "14th", "1st", "22nd",
            "3rd", "9TH", "99999999999999999999th", "10am", "2-weekly", "/", ".", "-", ",", ";", "(", ")", "of", "the", "The", "a",
            "an", "couple", "few", "of", "working", "school", "business", "day", "days", "week", "weeks", "fortnight", "fortnights",
            "month", "months", "year", "years", "hour", "hours", "hrs", "wk", "week's", "weeks'", "March", "march", "May", "may",
            "Jan", "sept", "December", "Mon", "monday", "Tues", "Wed", "wed", "Sat", "sat", "Sun", "sun", "thurs", "end", "End",
            "by", "By", "before", "this", "next", "on", "On", "until", "till", "from", "due", "w/c", "deadline", "within", "in",
            "over", "after", "for", "every", "each", "alternate", "to", "Jo", "will", "call", "review", "meeting", "and", "TAC",
            "CIN", "ASAP", "asap", "N/A", "today", "tomorrow", "48", "72", "24", "’", "'", "–",
            // Whole dates and near-dates, so that the texts hold many.
            "14/03/2026", "31/02/2026", "2026-03-14", "14.3.26", "03/14/2026", "1.2.3.4", "01/02/2026/5", "14 March 2026",
            "Saturday 14th March 2026", "Sat, 14th of March, 2026", "March 14, 2026", "May 2026", "14 Mar. 26", "9/3", "on 9/3",
            "by 9/3/2026", "by the 9th", "Tues 10th", "the 9th May", "2/52", "3/12", "1/7", "3/12/2026", "within 2 weeks",
            "in 10 working days", "a couple of weeks", "end of May", "next Tuesday", "every Tues", "28 days", "14-Mar-2026",
            "by 3-Jan", "Feb-26", "9-MAR-26", "w/c", "w/b", "w", "c", "wc", "beg", "beginning", "24hrs", "2wks", "10days", "28th", "10am",
            "within 24hrs", "end Jan", "end", "w/c 9/3", "wk beg 9/3",
        ]
        // The phrase lists' words, from the vocabulary file itself.
        let file = Snapshot.packageRoot.appendingPathComponent("Rules/vocabulary/timescales.md")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("- ") {
                let phrase = line.dropFirst(2)
                pieces.append(String(phrase))
                pieces += phrase.split(separator: " ").map(String.init)
            }
        }
        return pieces
    }()

    /// Random texts made of the pieces, joined with or without spaces.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        let joins = [" ", " ", " ", "", ", ", "  "]
        return (0..<count).map { _ in
            var text = ""
            for index in 0..<Int.random(in: 1...12, using: &generator) {
                if index > 0 { text += joins.randomElement(using: &generator)! }
                text += pieces.randomElement(using: &generator)!
            }
            return text
        }
    }

    static let contexts: [TimescaleReader.Context] = [
        TimescaleReader.Context(meeting: Day(year: 2026, month: 3, day: 14), nextMeeting: Day(year: 2026, month: 4, day: 20), holidays: [], order: .dmy),
        TimescaleReader.Context(meeting: Day(year: 2025, month: 12, day: 31), nextMeeting: nil, holidays: [Day(year: 2026, month: 1, day: 2)!], order: .mdy),
        TimescaleReader.Context(meeting: nil, nextMeeting: nil, holidays: [], order: .ymd),
    ]

    /// `due` as it was written before it stopped building arrays, over the unfiltered reader.
    static func referenceDue(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: TimescaleReader.Context) -> Timescale? {
        let all = reader.read(tokens, bytes: bytes, context: context, filtered: false)
        guard !all.isEmpty else { return nil }
        let concrete = all.filter { $0.isConcrete || $0.kind == .impossibleDate }
        if concrete.count > 1 {
            for strong in [true, false] {
                for timescale in concrete {
                    guard let position = tokens.firstIndex(where: { $0.range.start == timescale.range.start }), position > tokens.startIndex else { continue }
                    if TimescaleReader.followsByWord(tokens, at: position, strong: strong) { return timescale }
                }
            }
            let dated = concrete.compactMap { t in t.dueDay.map { (t, $0) } }
            if let latest = dated.max(by: { $0.1 < $1.1 }) { return latest.0 }
        }
        return concrete.first ?? all.first { if case .nextMeeting = $0.kind { return true } else { return false } } ?? all.first
    }

    /// Compares the fast and slow paths on a text, from each of its first few tokens (so that
    /// slices not starting at 0 are read too).
    static func compare(_ text: String, starts: Int = 3) -> [String] {
        var failures: [String] = []
        let tokens = Tokenizer.tokens(of: text)
        let bytes = Array(text.utf8)
        for start in 0..<min(tokens.count, starts) {
            let slice = tokens[start...]
            for order in DateOrder.allCases {
                let fast = DateReader.mentions(in: slice, bytes: bytes, order: order)
                let slow = DateReader.mentions(in: slice, bytes: bytes, order: order, skipping: false)
                if fast != slow { failures.append("mentions \(order) from \(start): \(text)") }
            }
            for context in contexts {
                let fast = reader.read(slice, bytes: bytes, context: context)
                let slow = reader.read(slice, bytes: bytes, context: context, filtered: false)
                if fast != slow { failures.append("read from \(start): \(text)") }
                if reader.due(slice, bytes: bytes, context: context) != referenceDue(slice, bytes: bytes, context: context) {
                    failures.append("due from \(start): \(text)")
                }
            }
        }
        return failures
    }

    @Test func fastPathsMatchOnEveryRecordLine() {
        #expect(Self.lines.count > 1000)
        var failures: [String] = []
        for line in Self.lines { failures += Self.compare(line, starts: 2) }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    @Test func fastPathsMatchOnRandomTexts() {
        var failures: [String] = []
        var found = (dates: 0, timescales: 0)
        for text in Self.texts(count: 1_500, seed: 2026) {
            failures += Self.compare(text)
            let tokens = Tokenizer.tokens(of: text)
            let bytes = Array(text.utf8)
            found.dates += DateReader.mentions(in: tokens[...], bytes: bytes, order: .dmy).count
            found.timescales += Self.reader.read(tokens[...], bytes: bytes, context: Self.contexts[0]).count
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        // The texts do hold dates and timescales, so the comparison says something.
        #expect(found.dates > 120)
        #expect(found.timescales > 1500)
    }

    @Test func everyMonthAndWeekdayPassesTheWordFilter() {
        for text in ["January", "jan", "February", "feb", "March", "mar", "April", "apr", "May", "June", "jun", "July", "jul", "August",
            "aug", "September", "sep", "sept", "October", "oct", "November", "nov", "December", "dec", "Monday", "mon", "Tuesday", "tue",
            "tues", "Wednesday", "wed", "weds", "Thursday", "thu", "thur", "thurs", "Friday", "fri", "Saturday", "sat", "Sunday", "sun"]
        {
            let tokens = Tokenizer.tokens(of: text)
            #expect(DateReader.candidate(in: tokens[...], from: 0) == 0, "\(text)")
        }
        let plain = Tokenizer.tokens(of: "the plan is agreed and was not in place")
        #expect(DateReader.candidate(in: plain[...], from: 0) == plain.count)
    }
}
