import Testing

@testable import MeetingLintCore

/// The date readers' hashes written out as literals (`DateReader.ofHash`, `TimescaleReader.byWord`
/// and the like) and the month and weekday names looked up by a switch over their hashes
/// (`DateReader.monthNumber(ofHash:)`, `weekdayNumber(ofHash:)`) rather than in the lazy tables
/// (`months`, `weekdays`): each literal is the hash of its text, and the switch gives what the
/// table gives, for every name, every token of the test texts and random hashes.
@Suite struct DateWordLiteralTests {
    @Test func eachLiteralIsTheHashOfItsText() {
        let literals: [(UInt64, String)] = [
            (DateReader.ofHash, "of"), (DateReader.mayHash, "may"), (DateReader.marchHash, "march"), (DateReader.satHash, "sat"),
            (DateReader.sunHash, "sun"), (DateReader.wedHash, "wed"), (DateReader.slash, "/"), (DateReader.dot, "."),
            (DateReader.dash, "-"), (DateReader.comma, ","),
            (TimescaleReader.fortnight, "fortnight"), (TimescaleReader.fortnights, "fortnights"), (TimescaleReader.working, "working"),
            (TimescaleReader.school, "school"), (TimescaleReader.business, "business"), (TimescaleReader.endWord, "end"),
            (TimescaleReader.ofWord, "of"), (TimescaleReader.byWord, "by"), (TimescaleReader.beforeWord, "before"),
            (TimescaleReader.thisWord, "this"), (TimescaleReader.nextWord, "next"), (TimescaleReader.onWord, "on"),
            (TimescaleReader.midWord, "mid"), (TimescaleReader.slash, "/"), (TimescaleReader.dot, "."), (TimescaleReader.theWord, "the"),
            (TimescaleReader.wWord, "w"), (TimescaleReader.cWord, "c"), (TimescaleReader.bWord, "b"),
            (MeetingBuilder.toWord, "to"), (MeetingBuilder.willWord, "will"), (MeetingBuilder.colon, ":"),
            (MeetingBuilder.wouldWord, "would"), (MeetingBuilder.shouldWord, "should"), (MeetingBuilder.shallWord, "shall"), (MeetingBuilder.mustWord, "must"),
            (MeetingBuilder.completeWord, "complete"), (MeetingBuilder.andWord, "and"), (MeetingBuilder.beWord, "be"),
        ]
        for (literal, text) in literals {
            #expect(literal == Tokenizer.foldedHash(text), "\(text)")
        }
    }

    @Test func theSwitchNamesWhatTheTableNames() {
        let names = [
            "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug",
            "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec", "monday", "mon", "tuesday", "tue",
            "tues", "wednesday", "wed", "weds", "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
            "JANUARY", "Sept", "Weds", "marches", "mayor", "sunny", "the", "of", "14", "/",
        ]
        var hashes = names.map(Tokenizer.foldedHash)
        hashes += DateReader.months.pairs.map(\.0) + DateReader.weekdays.pairs.map(\.0)
        for text in TimescaleSpeedTests.lines + DateStartScanTests.awkward + TimescaleSpeedTests.texts(count: 500, seed: 0xDA7E_5EED) {
            hashes += Tokenizer.tokens(of: text).map(\.folded)
        }
        var random = BuilderSpeedTests.Random(state: 0x1A7E_0A15)
        for _ in 0..<20_000 { hashes.append(random.next()) }
        var named = 0
        for hash in hashes {
            #expect(DateReader.monthNumber(ofHash: hash) == DateReader.months[hash], "\(hash)")
            #expect(DateReader.weekdayNumber(ofHash: hash) == DateReader.weekdays[hash], "\(hash)")
            if DateReader.months[hash] != nil || DateReader.weekdays[hash] != nil { named += 1 }
        }
        #expect(DateReader.months.count == 24 && DateReader.weekdays.count == 18)
        #expect(named > 100)
    }

    /// The sentence split's switch of titles' hashes (`Meeting.isTitle`) names what the table
    /// of titles names.
    @Test func theTitleSwitchNamesWhatTheTitlesTableNames() {
        var hashes = ["dr", "Dr", "MRS", "mr", "ms", "miss", "mx", "prof", "drs", "mum", "d", "the", ".", "professor"].map(Tokenizer.foldedHash)
        var random = BuilderSpeedTests.Random(state: 0x7171_E5)
        for _ in 0..<20_000 { hashes.append(random.next()) }
        var titles = 0
        for hash in hashes {
            #expect(Meeting.isTitle(hash) == MeetingBuilder.titles.contains(hash), "\(hash)")
            if Meeting.isTitle(hash) { titles += 1 }
        }
        #expect(titles == 8)
    }

    /// `month` and `weekday` as they were read, from the tables: compared with the readers at
    /// every token of the test texts (the capitalised-only names included).
    @Test func monthAndWeekdayReadAsFromTheTables() {
        func plainMonth(_ token: Token, _ bytes: [UInt8]) -> Int? {
            guard token.isWord, let month = DateReader.months[token.folded] else { return nil }
            if token.folded == Tokenizer.foldedHash("may") || token.folded == Tokenizer.foldedHash("march") {
                guard bytes[token.range.start] >= UInt8(ascii: "A"), bytes[token.range.start] <= UInt8(ascii: "Z") else { return nil }
            }
            return month
        }
        func plainWeekday(_ token: Token, _ bytes: [UInt8]) -> Int? {
            guard token.isWord, let weekday = DateReader.weekdays[token.folded] else { return nil }
            if [Tokenizer.foldedHash("sat"), Tokenizer.foldedHash("sun"), Tokenizer.foldedHash("wed")].contains(token.folded) {
                guard bytes[token.range.start] >= UInt8(ascii: "A"), bytes[token.range.start] <= UInt8(ascii: "Z") else { return nil }
            }
            return weekday
        }
        var found = 0
        let texts =
            TimescaleSpeedTests.lines + DateStartScanTests.awkward + TimescaleSpeedTests.texts(count: 1_000, seed: 0x0DA7_E5)
            + [DateLinesScanTests.pieces.joined(separator: " "), "may May MAY march March sat Sat sun Sun wed Wed Weds weds 14th 2026"]
        for text in texts {
            let bytes = Array(text.utf8)
            for token in Tokenizer.tokens(of: text) {
                #expect(DateReader.month(token, bytes) == plainMonth(token, bytes), "\(text)")
                #expect(DateReader.weekday(token, bytes) == plainWeekday(token, bytes), "\(text)")
                if plainMonth(token, bytes) != nil || plainWeekday(token, bytes) != nil { found += 1 }
            }
        }
        #expect(found > 200)
    }

    /// A token that may start a date but stands in no line (before a line, where lines leave a
    /// gap) is passed over alone: the line after it is still read.
    @Test func aTokenInNoLineDoesNotHideTheNextLine() {
        let text = "14 March 2026 15 March 2026"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(of: text)
        #expect(tokens.count == 6)
        let lines = [TextLine(range: SourceRange(0, 0), tokens: 3..<6, kind: .text, section: -1, node: 0)]
        var dates: [DateMention] = []
        DateReader.appendMentions(inLines: lines, of: tokens, bytes: bytes, order: .dmy, to: &dates)
        #expect(dates.map(\.tokens) == [3..<6])
    }

    /// Lines with gaps between them (and before the first): the one scan reads each line's dates,
    /// as reading line by line does.
    @Test func linesWithGapsReadAsLineByLine() {
        var random = BuilderSpeedTests.Random(state: 0x6A95_11E5)
        var dates = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.below(40) { text += DateLinesScanTests.pieces[random.below(DateLinesScanTests.pieces.count)] + (random.below(3) == 0 ? " " : "") }
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokens(of: text)
            var lines: [TextLine] = []
            var start = random.below(4)
            while start <= tokens.count, lines.count < 12 {
                let end = min(tokens.count, start + random.below(8))
                lines.append(TextLine(range: SourceRange(0, 0), tokens: start..<end, kind: .text, section: -1, node: 0))
                start = end + random.below(4)
            }
            for order in DateOrder.allCases {
                var scanned: [DateMention] = []
                DateReader.appendMentions(inLines: lines, of: tokens, bytes: bytes, order: order, to: &scanned)
                var lineByLine: [DateMention] = []
                for line in lines {
                    DateReader.appendMentions(in: tokens[line.tokens], bytes: bytes, order: order, skipping: false, to: &lineByLine)
                }
                #expect(scanned == lineByLine, "\(text) \(lines.map(\.tokens))")
                dates += scanned.count
            }
        }
        #expect(dates > 500)
    }
}
