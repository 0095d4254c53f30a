import Foundation
import Testing

@testable import MeetingLintCore

/// The model builder's fast paths give what the plain readings give,
/// over the corpus and over random and awkward text.
@Suite struct BuilderSpeedTests {
    /// A small random generator, the same every run.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    /// Text made of the bytes that matter to plain text (marks, spaces, tabs, line ends,
    /// underscores, multi-byte characters, control bytes) and ordinary words, in random order.
    static func awkwardText(_ random: inout Random, pieces: Int) -> [UInt8] {
        let parts = ["a", "bc", "word", " ", "  ", "*", "**", "`", "\t", "\n", "\r\n", "_", "__", "é", "’", "x y", "\u{1}", "-", "Ab cd", "0123456789abcdef"]
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += Array(parts[random.below(parts.count)].utf8) }
        return bytes
    }

    /// Plain text whose last bytes are checked as a block (with the record's bytes after them
    /// read and masked off) is the plain text read a byte at a time: over ranges that end inside
    /// the record, before bytes of every kind, as well as at its end.
    @Test func plainTextOfRangesInsideTheRecordIsPlainTextReadByByte() {
        var checked = 0
        func check(_ bytes: [UInt8], _ range: SourceRange) {
            let fast = MeetingBuilder.plain(bytes, range)
            let slow = MeetingBuilder.plain(bytes, range, vectorised: false)
            #expect(fast == slow, "\(Array(bytes[range.start..<range.end]))")
            checked += 1
        }
        // Every line of the corpus within its record's text, each range ending at every byte of
        // the line's first forty.
        for line in ModelSpeedTests.lines {
            let bytes = Array((line + "\n" + line + " *after* ").utf8)
            let lineCount = line.utf8.count
            for start in 0..<min(lineCount, 8) {
                for end in start...min(lineCount, start + 40) { check(bytes, SourceRange(start, end)) }
            }
        }
        var random = Random(state: 0x5EED_0F_C0DE)
        for _ in 0..<600 {
            let bytes = BuilderSpeedTests.awkwardText(&random, pieces: 4 + random.below(30))
            for _ in 0..<40 {
                let start = random.below(bytes.count)
                let end = start + random.below(bytes.count - start + 1)
                check(bytes, SourceRange(start, end))
            }
        }
        // Text that stands as it is, of every length up to 40, before each kind of byte.
        let plainWords = Array("Attendance and apologies for the meeting today".utf8)
        for after in [" ", "  ", "*", "`", "\n", "_", "x", "é"] {
            for length in 0...40 {
                let bytes = Array(plainWords[0..<length]) + Array(after.utf8) + Array(repeating: UInt8(ascii: "z"), count: 20)
                check(bytes, SourceRange(0, length))
                if length > 0 { check(bytes, SourceRange(1, length)) }
            }
        }
        #expect(checked > 30000)
    }

    /// The heading and field key hashes, folded in as the normal form is written (with most bytes
    /// passed at one test), are the hashes of the normal forms made as strings: over every line of
    /// the corpus and the fixtures, as written and lower-cased, and over random awkward text with
    /// leading numbers, item markers and trailing marks.
    @Test func headingAndFieldHashesAreTheHashesOfTheNormalForms() {
        var checked = 0
        func check(_ text: String) {
            var text = text
            let heading = text.withUTF8 { TextKey.headingHash(bytes: $0) }
            let field = text.withUTF8 { TextKey.fieldHash(bytes: $0) }
            #expect(heading == TextKey.fnv(TextKey.heading(text).utf8), "\(text)")
            #expect(field == TextKey.fnv(TextKey.field(text).utf8), "\(text)")
            checked += 1
        }
        for line in ModelSpeedTests.lines {
            check(line)
            check(line.uppercased())
        }
        let openings = ["", "3. ", "3) ", "3.1 ", "Section 3: ", "Part 2 - ", "(a) ", "a) ", "iv. ", "10:06am ", "(3 ", "2 ", "x.", "**1.** "]
        let endings = ["", ":", " :", "?", "!.", " - ", ",;", "  ", "**", "__", "\n", "é", "’s"]
        let words = ["Actions", "what we are worried about", "Mum’s VIEWS", "next_meeting", "Date/Dyddiad", "a{b}|~", "Z", "x  y\tz", "`code`", "\u{7F}"]
        var random = Random(state: 0xC0FF_EE11)
        for _ in 0..<3000 {
            var text = openings[random.below(openings.count)]
            for _ in 0..<(1 + random.below(3)) { text += words[random.below(words.count)] + (random.below(2) == 0 ? " " : "") }
            text += endings[random.below(endings.count)]
            check(text)
            check(String(decoding: BuilderSpeedTests.awkwardText(&random, pieces: 1 + random.below(12)), as: UTF8.self))
        }
        #expect(checked > 6000)
    }

    /// The body sentences written in place are the sentences filtered of those on headings.
    @Test func bodySentencesAreTheSentencesOffHeadings() {
        var sentences = 0
        for meeting in WordIndexSpeedTests.meetings() {
            let all = meeting.splitSentences()
            let filtered = all.filter { meeting.lines[$0.line].kind != .heading }
            let body = MeetingBuilder.bodySentences(of: all, lines: meeting.lines)
            #expect(body.map(\.line) == filtered.map(\.line))
            #expect(body.map(\.tokens) == filtered.map(\.tokens))
            #expect(meeting.bodySentences.map(\.tokens) == filtered.map(\.tokens))
            sentences += body.count
        }
        #expect(sentences > 500)
    }

    /// Records whose dates stand where a scan across lines could go wrong: at a line's end and
    /// start, split over two lines, beside versions and times, in cells, fields and headings.
    static let datedRecords = [
        "---\ndate: 14/03/2026\nnext meeting: 2 May\n---\n# Review 14 March 2026\nMet on 14\nMarch 2026 and\n3\nof May.\n",
        "Version 1.2.3.4 on 01/02/2026/5; time 10:30, 14.3.26, 2026-03-14 and 14-03-2026.\nSaturday 14th March 2026\nMay 2026\nmay march\n",
        "| Date | 14/03/2026 |\n|---|---|\n| Next | Wed 3 June |\n| 31/02/2026 | 1st |\n\n- [ ] Tom to call by 3rd\n  April\n- 22nd of\nJune 2026\n",
        "14 Mar 26 March 14, 2026 Mon, 2 Feb 2026 1 2 3 4 5 6\n7 / 8 / 2026\n99999999999999999999th March\nthe 5 of 6 Jan\n",
    ]

    /// Dates read over all a record's lines at once are the dates read line by line.
    @Test func datesReadAcrossLinesAreTheDatesReadLineByLine() {
        var dates = 0
        var random = Random(state: 0xDA7E5)
        var records = BuilderSpeedTests.datedRecords
        // Random text made of date pieces, line ends and words.
        let pieces = ["14", "3", "2026", "26", "/", ".", "-", " ", "\n", "\n\n", "March", "may", "May", "Sat", "sat", "of", ",", "1st", "22nd", "the", "| ", "# ", "- "]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(10 + random.below(60)) { text += pieces[random.below(pieces.count)] }
            records.append(text)
        }
        for meeting in WordIndexSpeedTests.meetings(records) {
            var lineByLine: [DateMention] = []
            for line in meeting.lines {
                DateReader.appendMentions(in: meeting.tokens[line.tokens], bytes: meeting.source.bytes, order: meeting.dateOrder, to: &lineByLine)
            }
            #expect(meeting.dates == lineByLine)
            for order in DateOrder.allCases {
                var all: [DateMention] = []
                var each: [DateMention] = []
                DateReader.appendMentions(inLines: meeting.lines, of: meeting.tokens, bytes: meeting.source.bytes, order: order, to: &all)
                for line in meeting.lines {
                    DateReader.appendMentions(in: meeting.tokens[line.tokens], bytes: meeting.source.bytes, order: order, skipping: false, to: &each)
                }
                #expect(all == each)
            }
            dates += lineByLine.count
        }
        #expect(dates > 300)
    }

    /// The first date read alone is the first of all the dates read.
    @Test func firstDateIsTheFirstOfTheDates() {
        var found = 0
        var random = Random(state: 0xF125)
        var texts = ModelSpeedTests.lines + BuilderSpeedTests.datedRecords
        let pieces = ["14", "3", "2026", "26", "/", ".", "-", " ", "March", "may", "May", "Sat", "of", ",", "1st", "22nd", "the"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(3 + random.below(30)) { text += pieces[random.below(pieces.count)] }
            texts.append(text)
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokens(of: text)
            for order in DateOrder.allCases {
                let first = DateReader.firstMention(in: tokens[...], bytes: bytes, order: order)
                #expect(first == DateReader.mentions(in: tokens[...], bytes: bytes, order: order).first, "\(text)")
                if first != nil { found += 1 }
            }
        }
        #expect(found > 300)
    }

    /// The longest profile match read in place is the longest of the matches listed: for every
    /// profile's phrases and the vocabulary's lists, over every line of the corpus.
    @Test func longestMatchIsTheLongestOfTheMatches() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let vocabulary = catalogue.vocabulary
        let sets = settings.profileMatchers.map(\.phrases) + vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) } + [vocabulary.reviewWords]
        var matched = 0
        for line in ModelSpeedTests.lines + BuilderSpeedTests.datedRecords {
            let tokens = Tokenizer.tokens(of: line)
            for phrases in sets {
                let longest = MeetingBuilder.longestMatch(of: phrases, in: tokens[...])
                #expect(longest == (phrases.matches(in: tokens[...]).map(\.length).max() ?? 0), "\(line)")
                if longest > 0 { matched += 1 }
            }
        }
        #expect(matched > 100)
    }

    /// Numbers at a word's start read on bytes are the characters' own reading (`isNumber`):
    /// over the words of every line of the corpus and words with digits of other scripts,
    /// fractions, superscripts and combining marks.
    @Test func numbersAtAWordsStartAreTheCharactersReading() {
        var words: [Substring] = [
            "", "7", "18mths", "3rd", "١٢", "½", "²", "1\u{301}", "12\u{301}x", "1\r\n", "e\u{301}", "٣months", "12½", "0", "x1", "99999999999999999999",
        ]
        for line in ModelSpeedTests.lines { words += line.split(separator: " ") + MeetingBuilder.alphanumericRuns(line) }
        for word in words {
            #expect(MeetingBuilder.numberPrefix(word) == word.prefix(while: { $0.isNumber }), "\(word)")
            #expect(MeetingBuilder.startsWithNumber(word) == (word.first?.isNumber == true), "\(word)")
            #expect(MeetingBuilder.startsWithNumber(String(word)) == (word.first?.isNumber == true), "\(word)")
        }
        #expect(words.count > 1000)
    }

    /// A text's folded words read through a shared buffer are its tokens' filtered and mapped.
    @Test func foldedWordsAreTheTokensWithoutPunctuation() {
        var buffer: [Token] = []
        var words = 0
        for line in ModelSpeedTests.lines {
            let folded = MeetingBuilder.foldedWords(of: line, tokens: &buffer)
            #expect(folded == Tokenizer.tokens(of: line).filter { $0.shape != .punctuation }.map(\.folded), "\(line)")
            words += folded.count
        }
        #expect(words > 1000)
    }

    /// The reading of a `child` value that `MeetingBuilder.names(in:)` replaces for ASCII text.
    static func plainNames(in value: String) -> ([String], Int) {
        var withoutAsides = ""
        var depth = 0
        for character in value {
            if character == "(" || character == "[" { depth += 1 } else if character == ")" || character == "]" { depth = max(0, depth - 1) } else if depth == 0 { withoutAsides.append(character) }
        }
        let parts = TextKey.split(withoutAsides, at: [",", ";", " and ", "&", "/", " + "])
        var names: [String] = []
        var children = 0
        for part in parts {
            var words = part.split(separator: " ").map(String.init)
            while let first = words.first, MeetingBuilder.babyWords.contains(first.lowercased()) { words.removeFirst() }
            if let cut = words.firstIndex(where: { MeetingBuilder.ageWords.contains($0.lowercased()) || $0.first?.isNumber == true }) {
                words = Array(words[..<cut])
            }
            guard !words.isEmpty else { continue }
            children += 1
            names.append(words.joined(separator: " "))
            if words.count > 1 {
                names.append(words[0])
                let initials = words.compactMap { $0.first }.map(String.init).joined()
                if initials.count > 1 { names.append(initials) }
            }
        }
        return (names.filter { $0.utf8.count < 60 || $0.count < 60 }, children)
    }

    /// The child's names read on bytes are the names read on characters: over every line of the
    /// corpus and random values of names, ages, asides, separators, baby and age words in any case.
    @Test func childNamesReadOnBytesAreTheNamesReadOnCharacters() {
        var values = ModelSpeedTests.lines
        let pieces = [
            "Sofia", "K.", " ", "  ", "(7)", "[DOB 01/02/2019]", "(", ")", "[", "]", ",", ";", " and ", "&", "/", " + ", "Baby", "UNBORN",
            "infant", "aged", "Age", "DOB", "d.o.b.", "(dob", "born", "7", "18mths", "Leo", "\t", "\r\n", "\r", "x", "Zoë", "١٢", "-",
            String(repeating: "Long", count: 20),
        ]
        var random = Random(state: 0xC41D)
        for _ in 0..<3000 {
            var value = ""
            for _ in 0..<(1 + random.below(12)) { value += pieces[random.below(pieces.count)] }
            values.append(value)
        }
        var names = 0
        for value in values {
            let fast = MeetingBuilder.names(in: value)
            let plain = BuilderSpeedTests.plainNames(in: value)
            #expect(fast.0 == plain.0, "\(value)")
            #expect(fast.1 == plain.1, "\(value)")
            names += fast.0.count
        }
        #expect(names > 3000)
    }

    /// The reading of a `child` value's ages that `MeetingBuilder.allTooYoung` replaces for ASCII text.
    static func plainAllTooYoung(_ value: String) -> Bool {
        let lower = value.lowercased()
        if TextKey.holds(lower, "dob") || MeetingBuilder.holdsBornNotUnborn(Array(lower.utf8)) || lower.utf8.contains(UInt8(ascii: "/")) { return false }
        let parts = TextKey.split(lower, at: [",", ";", " and ", "&"]).filter { !$0.trimmingSpaces.isEmpty }
        guard !parts.isEmpty else { return false }
        func young(_ part: String) -> Bool? {
            let words = MeetingBuilder.alphanumericRuns(part)
            if words.contains(where: { MeetingBuilder.youngestWords.contains(String($0)) }) { return true }
            for (index, word) in words.enumerated() {
                let digits = word.prefix { $0.isNumber }
                guard let age = Int(digits) else { continue }
                let unit = word.count > digits.count ? String(word.dropFirst(digits.count)) : index + 1 < words.count ? String(words[index + 1]) : ""
                if MeetingBuilder.shortAgeUnits.contains(unit) { return true }
                return age < 3
            }
            return nil
        }
        // A part with no age waits for a part that is an age alone to give it one.
        var unaged = 0
        for part in parts {
            switch young(part) {
            case nil: unaged += 1
            case false?: return false
            case true?: if part.trimmingSpaces.first?.isNumber == true, unaged > 0 { unaged -= 1 }
            }
        }
        return unaged == 0
    }

    /// Whether every child is too young, read on bytes, is the reading on characters: over every
    /// line of the corpus and random values of names, ages with and without units, baby words,
    /// dates of birth and separators.
    @Test func tooYoungReadOnBytesIsTheReadingOnCharacters() {
        var values = ModelSpeedTests.lines
        let pieces = [
            "Poppy", " ", "(5 months)", "(2)", "(14)", "Baby", "UNBORN", "newborn", "infant", "aged", "18", "mths", "2", "3", "m", "W",
            "weeks", ",", ";", " and ", "&", "/", "DOB", "Born", "\t", "-", "Maya(2)", "Jo 18mths", "99999999999999999999", "007", "x1", "½",
        ]
        var random = Random(state: 0x70_0006)
        var young = 0
        for _ in 0..<4000 {
            var value = ""
            for _ in 0..<(1 + random.below(8)) { value += pieces[random.below(pieces.count)] }
            values.append(value)
        }
        for value in values {
            let fast = MeetingBuilder.allTooYoung(value)
            #expect(fast == BuilderSpeedTests.plainAllTooYoung(value), "\(value)")
            if fast { young += 1 }
        }
        #expect(young > 300)
    }
}
