/// When an action is to be done, as read from its text or its due field (SPEC 2.5).
public struct Timescale: Sendable, Hashable {
    /// What kind of timescale it is.
    public enum Kind: Sendable, Hashable {
        /// A date (`by 28/03/2026`, `w/c 4 May`, `end of May 2026`); `day` is nil when it has no
        /// year and the meeting date is unknown.
        case date(Day?)
        /// Written like a date, but no such day exists.
        case impossibleDate
        /// A period from the meeting (`within 2 weeks`, `today`, `2/52`); `day` is nil when the
        /// meeting date is unknown.
        case relative(Day?)
        /// A rhythm (`weekly`, `every Tuesday`).
        case recurring
        /// Tied to the next meeting (`by the next meeting`); `day` is the next meeting's date if set.
        case nextMeeting(Day?)
        /// Words that do not say when (`ASAP`, `ongoing`, `TBC`).
        case vague
    }

    /// What kind it is.
    public var kind: Kind
    /// The words that gave it.
    public var range: SourceRange

    /// Whether it says when the action will be done (SPEC 2.5's table).
    public var isConcrete: Bool {
        switch kind {
        case .date, .relative, .recurring: return true
        case .nextMeeting(let day): return day != nil
        case .impossibleDate, .vague: return false
        }
    }

    /// The day it falls due, where it has one.
    public var dueDay: Day? {
        switch kind {
        case .date(let day), .relative(let day), .nextMeeting(let day): return day
        default: return nil
        }
    }
}

/// Reads timescales from text, with the phrase lists of `Rules/vocabulary/timescales.md`.
public struct TimescaleReader: Sendable {
    /// The phrase lists and the table of words that can start a timescale, in one shared object:
    /// callers copy the reader, and a copy then costs one retain, not sixteen.
    private final class Tables: Sendable {
        let immediate: PhraseSet
        let recurring: PhraseSet
        let anchored: PhraseSet
        /// `anchored`'s bare forms (`next review`), read only at the start of a due value.
        let anchoredDue: PhraseSet
        let vague: PhraseSet
        /// For each folded hash that can start a timescale, which of `read`'s ways of reading one
        /// it can start (`Start`); a token whose hash is not here (and which is no number) starts none.
        let starts: TokenMap<UInt8>
        /// One bit for each hash in `starts` (`startBit`), so that the many tokens that start no
        /// timescale are passed over on a bit test rather than a look-up in the map: a clear bit
        /// says the hash is not there; a set one that it may be.
        let startBits: [UInt64]
        /// Which first two tokens the phrases of each list start with (`PhrasePairs`).
        let pairs: PhrasePairs
        /// One bit for each unit word's hash (`units`), as `startBits` for the starts.
        let unitBits: [UInt64]
        /// The filter the scan passes over tokens that start no date with, and the `/` hash
        /// `mayStartPeriod` reads: made once, rather than read from lazy statics at every scan.
        let dateFilter = DateReader.StartFilter()
        let slash = TimescaleReader.slash
        /// The word tables `period`, `shortDate` and `scan` read at many tokens, held here: read
        /// from their lazy statics, each was checked (`swift_once`) at every read.
        let lead = TimescaleReader.lead
        let cues = TimescaleReader.cues
        let everyWords = TimescaleReader.everyWords
        let numberWords = TimescaleReader.numberWords
        let units = TimescaleReader.units

        init(immediate: [String], recurring: [String], anchored: [String], anchoredDue: [String], vague: [String]) {
            self.immediate = PhraseSet(immediate)
            self.recurring = PhraseSet(recurring)
            self.anchored = PhraseSet(anchored)
            self.anchoredDue = PhraseSet(anchoredDue)
            self.vague = PhraseSet(vague)
            var starts = TokenMap<UInt8>()
            func add(_ hash: UInt64, _ flag: UInt8) { starts[hash] = (starts[hash] ?? 0) | flag }
            // A phrase is looked up by the folded hash of its first token (as `PhraseSet` does),
            // and passed over unless the next token is its second (`PhrasePairs`).
            // Read from the sets just made, rather than each phrase tokenized again.
            var pairs = PhrasePairs()
            for (phrases, flag) in [(self.immediate, Start.immediate), (self.recurring, Start.recurring), (self.anchored, Start.anchored), (self.vague, Start.vague)] {
                phrases.forEachOpening { first, second in
                    add(first, flag)
                    pairs.insert(flag, first, second)
                }
            }
            self.pairs = pairs
            // `shortDate`: a cue word or a weekday (an ordinal is let through by its shape).
            for word in TimescaleReader.cueWords { add(Tokenizer.foldedHash(word), Start.shortDate) }
            for (hash, _) in DateReader.weekdays.pairs { add(hash, Start.shortDate) }
            // `every Tues`.
            for word in TimescaleReader.everyWordList { add(Tokenizer.foldedHash(word), Start.every) }
            // `period`: a lead word or a number word (a number is let through by its shape).
            for word in TimescaleReader.leadWords { add(Tokenizer.foldedHash(word), Start.period) }
            for (hash, _) in TimescaleReader.numberWords.pairs { add(hash, Start.period) }
            // `monthOrWeekday`.
            for hash in [TimescaleReader.endWord, TimescaleReader.byWord, TimescaleReader.beforeWord, TimescaleReader.thisWord,
                TimescaleReader.nextWord, TimescaleReader.onWord, TimescaleReader.midWord]
            {
                add(hash, Start.monthOrWeekday)
            }
            // `mid-March`, one word.
            for name in DateReader.monthNames.joined() {
                if let joined = Tokenizer.tokens(of: "mid-" + name).first { add(joined.folded, Start.monthOrWeekday) }
            }
            self.starts = starts
            var bits = [UInt64](repeating: 0, count: 64)
            for (hash, _) in starts.pairs {
                let bit = TimescaleReader.startBit(hash)
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            self.startBits = bits
            var units = [UInt64](repeating: 0, count: 64)
            for (hash, _) in TimescaleReader.units.pairs {
                let bit = TimescaleReader.startBit(hash)
                units[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            self.unitBits = units
        }

        /// Whether `period` may read a period from `tokens[index]`: false only where it surely
        /// reads none. A period ends in a unit word at most five tokens on (`within a couple of
        /// working weeks`), or is `N/52`, whose `/` stands one or two tokens on, or is `24hrs`, a
        /// number word at the start or one token on; a token that starts a period is most often
        /// `a`, `in` or `for` with none of these after it.
        @inline(__always)
        func mayStartPeriod(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
            let slash = self.slash
            var position = index
            let last = min(index + 5, tokens.endIndex - 1)
            while position <= last {
                let folded = tokens[position].folded
                let bit = TimescaleReader.startBit(folded)
                if unitBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
                if position > index, position <= index + 2, folded == slash { return true }
                // `24hrs`, `within 2wks`: the unit inside a number word, at the start or after the lead.
                if position <= index + 1, tokens[position].shape == .numberWord { return true }
                position += 1
            }
            return false
        }
    }

    /// The first two tokens' hashes of the phrases of each of the reader's lists, as bits: a
    /// phrase list is matched at a token only where one of its phrases starts with that token and
    /// the next (or is that token alone). Most tokens that start a phrase of some list (`by`,
    /// `in`, `the`) start none of the one tried: a clear bit says so without trying each phrase
    /// that starts with the token. A set bit says only that one may match.
    struct PhrasePairs: Sendable {
        /// Stands for the token after a phrase of one token (0, as `PhraseSet.forEachOpening`
        /// gives it).
        static let alone: UInt64 = 0
        private var bits = [UInt64](repeating: 0, count: 256)

        @inline(__always)
        private static func bit(_ flag: UInt8, _ first: UInt64, _ second: UInt64) -> Int {
            let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ ((second &+ UInt64(flag)) &* 0xC2B2_AE3D_27D4_EB4F)
            return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29) ^ (mixed >> 47)) & 16383)
        }

        mutating func insert(_ flag: UInt8, _ first: UInt64, _ second: UInt64) {
            let bit = PhrasePairs.bit(flag, first, second)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }

        @inline(__always)
        private func contains(_ flag: UInt8, _ first: UInt64, _ second: UInt64) -> Bool {
            let bit = PhrasePairs.bit(flag, first, second)
            return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        /// Whether a phrase of the list `flag` may start at `tokens[index]`: false only where
        /// none does.
        @inline(__always)
        func mayStart(_ flag: UInt8, _ tokens: ArraySlice<Token>, at index: Int) -> Bool {
            let first = tokens[index].folded
            if contains(flag, first, PhrasePairs.alone) { return true }
            return index + 1 < tokens.endIndex && contains(flag, first, tokens[index + 1].folded)
        }
    }

    /// The first index from `start` on, below `limit`, of a token that may start a timescale (a
    /// number, an ordinal, or a word whose bit is set in `bits`, `Tables.startBits`), else `limit`
    /// (or `start`, if it is past `limit`). The tokens before it surely start none, as `scan`'s
    /// test of each says: it passes over them by pointer, without that loop's state to carry.
    @inline(__always)
    static func nextPossibleStart(_ tokens: ArraySlice<Token>, from start: Int, to limit: Int, bits: [UInt64]) -> Int {
        // A bit's word is below 64 (`startBit` is below 4,096): read unchecked from the 64 words.
        precondition(bits.count == 64, "start filter of 64 words")
        precondition(start >= tokens.startIndex && limit <= tokens.endIndex, "a range outside the tokens")
        guard start < limit else { return start }
        return bits.withUnsafeBufferPointer { words in
            tokens.withUnsafeBufferPointer { buffer -> Int in
                guard let first = buffer.baseAddress, let word = words.baseAddress else { return start }
                let end = first + (limit - tokens.startIndex)
                var token = first + (start - tokens.startIndex)
                while token < end {
                    let shape = token.pointee.shape
                    if shape == .number || shape == .numberWord { break }
                    let bit = startBit(token.pointee.folded)
                    if word[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { break }
                    token += 1
                }
                return tokens.startIndex + (token - first)
            }
        }
    }

    /// The bit of `Tables.startBits` for a hash (one of 4,096).
    @inline(__always)
    static func startBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & 4095) }

    /// The ways `read` tries at a token, as bits.
    enum Start {
        static let shortDate: UInt8 = 1
        static let every: UInt8 = 2
        static let vague: UInt8 = 4
        static let anchored: UInt8 = 8
        static let recurring: UInt8 = 16
        static let immediate: UInt8 = 32
        static let period: UInt8 = 64
        static let monthOrWeekday: UInt8 = 128
        static let all: UInt8 = 255
    }

    private let tables: Tables
    var phrasePairs: PhrasePairs { tables.pairs }
    var startBits: [UInt64] { tables.startBits }
    var immediate: PhraseSet { tables.immediate }
    var recurring: PhraseSet { tables.recurring }
    var anchored: PhraseSet { tables.anchored }
    var vague: PhraseSet { tables.vague }

    static let numberWords: TokenMap<Int> = {
        var table = TokenMap<Int>()
        let words = [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
            "twenty": 20, "thirty": 30, "couple": 2, "few": 3,
        ]
        for (word, value) in words { table[Tokenizer.foldedHash(word)] = value }
        return table
    }()

    enum Unit { case day, workingDay, week, month, year, hour }

    static let units: TokenMap<Unit> = {
        var table = TokenMap<Unit>()
        for word in ["day", "days"] { table[Tokenizer.foldedHash(word)] = .day }
        for word in ["week", "weeks", "wk", "wks", "week's", "weeks'"] { table[Tokenizer.foldedHash(word)] = .week }
        for word in ["fortnight", "fortnights"] { table[Tokenizer.foldedHash(word)] = .week }
        for word in ["month", "months", "month's", "months'"] { table[Tokenizer.foldedHash(word)] = .month }
        for word in ["year", "years"] { table[Tokenizer.foldedHash(word)] = .year }
        for word in ["hour", "hours", "hrs"] { table[Tokenizer.foldedHash(word)] = .hour }
        return table
    }()

    static let everyWordList = ["every", "each", "alternate"]
    static let everyWords = TokenSet(words: everyWordList)
    // The folded hashes (`Tokenizer.foldedHash`) of the words and marks the readers compare
    // tokens with, written out, each after its text: a lazy static is checked (`swift_once`) at
    // every read. `DateWordLiteralTests` checks each against the hash of its text.
    static var fortnight: UInt64 { 0x79E9_8A82_4DDA_0AB2 }  // fortnight
    static var fortnights: UInt64 { 0x01E1_1C6A_4980_45F3 }  // fortnights
    static var working: UInt64 { 0x0887_9E02_4CB9_1288 }  // working
    static var school: UInt64 { 0xCC3F_BEFF_A766_C129 }  // school
    static var business: UInt64 { 0x2657_F4CC_0D89_EB6B }  // business
    static let leadWords = ["within", "in", "by", "next", "over", "after", "for"]
    static let lead: TokenSet = TokenSet(words: leadWords)
    /// Words that make the date after them a deadline (`followsByWord` reads `w/c` and `w/b`,
    /// three tokens each).
    static let byWords: TokenSet = TokenSet(words: ["by", "before", "on", "until", "till", "due", "deadline", "wc", "commencing", "beginning", "beg", "for"])
    /// Words that make a date a deadline; `on` and `for` are weaker (`the incident on 02/03`).
    static let strongByWords: TokenSet = TokenSet(words: ["by", "before", "until", "till", "due", "deadline", "wc", "commencing", "beginning", "beg"])

    /// Whether the words before `tokens[position]` make a date there a deadline: a word of
    /// `strongByWords` (or, unless `strong`, of `byWords`), or `w/c` or `w/b`.
    static func followsByWord(_ tokens: ArraySlice<Token>, at position: Int, strong: Bool) -> Bool {
        guard position > tokens.startIndex, position <= tokens.endIndex else { return false }
        let before = tokens[position - 1].folded
        if (strong ? strongByWords : byWords).contains(before) { return true }
        return (before == cWord || before == bWord) && position - 3 >= tokens.startIndex && tokens[position - 2].folded == slash
            && tokens[position - 3].folded == wWord
    }
    static var endWord: UInt64 { 0xC2F0_0318_F053_500A }  // end
    static var ofWord: UInt64 { 0x08B0_6007_B556_7108 }  // of
    static var byWord: UInt64 { 0x08A6_4B07_B54D_F8D4 }  // by
    static var beforeWord: UInt64 { 0xD89A_A062_45AF_B2BE }  // before
    static var thisWord: UInt64 { 0x2587_BCEF_3249_3841 }  // this
    static var nextWord: UInt64 { 0xE531_6CBA_A025_F028 }  // next
    static var onWord: UInt64 { 0x08B0_5807_B556_6370 }  // on
    static var midWord: UInt64 { 0x07F4_3D19_1756_3645 }  // mid
    static var slash: UInt64 { 0xAF63_A24C_8601_89FE }  // /
    static var dot: UInt64 { 0xAF63_A34C_8601_8BB1 }  // .

    /// Builds a reader from the vocabulary's phrase lists. `anchoredDue` holds the bare forms of
    /// the anchored phrases (`next review`), which count only where a due value starts with them.
    public init(immediate: [String], recurring: [String], anchored: [String], anchoredDue: [String] = [], vague: [String]) {
        tables = Tables(immediate: immediate, recurring: recurring, anchored: anchored, anchoredDue: anchoredDue, vague: vague)
    }

    /// The phrase sets the reader made of its lists, by the section of `vocabulary/timescales.md`
    /// each came from (`immediate`, `anchored-due`): the vocabulary's sets of those lists.
    var phraseSetsBySection: [(section: String, set: PhraseSet)] {
        [("immediate", tables.immediate), ("recurring", tables.recurring), ("anchored", tables.anchored),
         ("anchored-due", tables.anchoredDue), ("vague", tables.vague)]
    }

    /// `| Next review |`: a due column's or field's value that starts with a bare anchored phrase
    /// (`anchoredDue`), tied to the next meeting. In running text the same words may only name
    /// the meeting (`Darren to attend the next review`), so `read` does not take them.
    public func leadingAnchored(_ tokens: ArraySlice<Token>, context: Context) -> Timescale? {
        guard !tokens.isEmpty, let length = tables.anchoredDue.match(tokens, at: tokens.startIndex) else { return nil }
        return Timescale(kind: .nextMeeting(context.nextMeeting), range: span(tokens, tokens.startIndex, length))
    }

    /// `| April |`, `When: Sept`: a due column's or field's value that is a month's name alone,
    /// due at that month's end (as `by April` is), in the meeting's year if the month has not
    /// ended by the meeting, else the next. In running text a month alone may be when something
    /// happened, or a name (`April Hart`), so `read` does not take it.
    public func bareMonth(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> Timescale? {
        var words = tokens.lazy.filter { $0.shape != .punctuation }.makeIterator()
        guard let only = words.next(), words.next() == nil, let month = DateReader.month(only, bytes) else { return nil }
        return Timescale(kind: .date(context.meeting.flatMap { TimescaleReader.end(of: month, after: $0) }), range: only.range)
    }

    /// What the reader needs to resolve a timescale to a day.
    public struct Context: Sendable {
        /// The meeting's date, if valid.
        public var meeting: Day?
        /// The next meeting's date, if set.
        public var nextMeeting: Day?
        /// Days that are not working days besides weekends.
        public var holidays: Set<Day>
        /// How numeric dates are ordered.
        public var order: DateOrder

        /// Creates a context.
        public init(meeting: Day?, nextMeeting: Day?, holidays: Set<Day>, order: DateOrder) {
            self.meeting = meeting
            self.nextMeeting = nextMeeting
            self.holidays = holidays
            self.order = order
        }
    }

    /// Every timescale in the tokens, left to right.
    public func read(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> [Timescale] {
        read(tokens, bytes: bytes, context: context, filtered: true)
    }

    /// Every timescale in the tokens; `filtered` skips at once the ways of reading that a token
    /// cannot start (false tries every way at every token, the slow path tests compare it with).
    func read(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context, filtered: Bool) -> [Timescale] {
        var result: [Timescale] = []
        scan(tokens, bytes: bytes, context: context, filtered: filtered) { timescale in
            result.append(timescale)
            return true
        }
        return result
    }

    /// The first timescale in the tokens: `read(...).first`, stopped there, without the list.
    public func firstTimescale(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> Timescale? {
        var first: Timescale?
        scan(tokens, bytes: bytes, context: context, filtered: true) { timescale in
            first = timescale
            return false
        }
        return first
    }

    /// Whether the tokens hold a timescale: `!read(...).isEmpty`, stopped at the first, without the list.
    public func holdsTimescale(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> Bool {
        var holds = false
        scan(tokens, bytes: bytes, context: context, filtered: true) { _ in
            holds = true
            return false
        }
        return holds
    }

    /// Whether the tokens hold a concrete timescale: `read(...).contains(where: \.isConcrete)`,
    /// stopped at the first such, without the list.
    public func holdsConcreteTimescale(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> Bool {
        var holds = false
        scan(tokens, bytes: bytes, context: context, filtered: true) { timescale in
            holds = timescale.isConcrete
            return !holds
        }
        return holds
    }

    /// Hands `found` every timescale in the tokens, left to right, until it returns false: what
    /// `read` lists, for a caller that needs no list (`due` keeps only the few it may choose;
    /// `holdsTimescale` stops at the first).
    @inline(__always)
    private func scan(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context, filtered: Bool, _ found: (Timescale) -> Bool) {
        // The dates, taken one at a time as the scan reaches them (`nextDate` is the next not
        // yet taken) rather than listed first. The date filter is the tables' (made once: made
        // here, it read five lazy statics at every scan).
        let dateFilter = tables.dateFilter
        var dates = DateReader.Cursor(tokens)
        var nextDate = dates.next(in: tokens, bytes: bytes, order: context.order, filter: dateFilter)
        // Where the next date starts (`Int.max` when none is left): most tokens stand before it,
        // and this one number says so, where the date itself is large to test at every token.
        var nextDateStart = nextDate?.tokens.lowerBound ?? Int.max
        let tables = self.tables
        let startBits = tables.startBits
        let pairs = tables.pairs
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if nextDateStart <= index {
                // A date whose first token another reading took (`end of May 2026` holds the date
                // `May 2026`) is passed over, so the dates after it are still read.
                while let mention = nextDate, mention.tokens.lowerBound < index {
                    nextDate = dates.next(in: tokens, bytes: bytes, order: context.order, filter: dateFilter)
                }
                nextDateStart = nextDate?.tokens.lowerBound ?? Int.max
                if let mention = nextDate, mention.tokens.lowerBound == index {
                    nextDate = dates.next(in: tokens, bytes: bytes, order: context.order, filter: dateFilter)
                    nextDateStart = nextDate?.tokens.lowerBound ?? Int.max
                    if case .impossible = mention.value {
                        guard found(Timescale(kind: .impossibleDate, range: mention.range)) else { return }
                    } else {
                        guard found(Timescale(kind: .date(mention.resolved(against: context.meeting)), range: mention.range)) else { return }
                    }
                    index = mention.tokens.upperBound
                    continue
                }
            }
            // Most tokens start nothing: the table says which ways a word can start, and a number
            // or an ordinal can start a period or a short date whatever its hash.
            var starts = Start.all
            if filtered {
                let token = tokens[index]
                let bit = TimescaleReader.startBit(token.folded)
                starts = startBits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 ? 0 : tables.starts[token.folded] ?? 0
                if token.shape == .number { starts |= Start.period }
                if token.shape == .numberWord { starts |= Start.shortDate | Start.period }
                if starts == 0 {
                    // So do most of the tokens after it: those up to the next date's first token
                    // are passed over in a loop of their own.
                    index = TimescaleReader.nextPossibleStart(tokens, from: index + 1, to: min(nextDateStart, tokens.endIndex), bits: startBits)
                    continue
                }
            }
            // `by 9/3`, `Mon 9/3`, `on the 9th`: a short date after a cue word or a weekday.
            if starts & Start.shortDate != 0, let (length, day) = shortDate(tokens, at: index, bytes: bytes, context: context) {
                guard found(Timescale(kind: .date(day), range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            // `every Tues`, `each Thursday`: a weekday rhythm, whatever the abbreviation.
            if starts & Start.every != 0, tables.everyWords.contains(tokens[index].folded), index + 1 < tokens.endIndex,
                DateReader.weekday(tokens[index + 1], bytes) != nil
            {
                guard found(Timescale(kind: .recurring, range: span(tokens, index, 2))) else { return }
                index += 2
                continue
            }
            if starts & Start.vague != 0, !filtered || pairs.mayStart(Start.vague, tokens, at: index), let length = tables.vague.match(tokens, at: index) {
                guard found(Timescale(kind: .vague, range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            if starts & Start.anchored != 0, !filtered || pairs.mayStart(Start.anchored, tokens, at: index), let length = tables.anchored.match(tokens, at: index) {
                guard found(Timescale(kind: .nextMeeting(context.nextMeeting), range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            if starts & Start.recurring != 0, !filtered || pairs.mayStart(Start.recurring, tokens, at: index), let length = tables.recurring.match(tokens, at: index) {
                guard found(Timescale(kind: .recurring, range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            if starts & Start.immediate != 0, !filtered || pairs.mayStart(Start.immediate, tokens, at: index), let length = tables.immediate.match(tokens, at: index) {
                guard found(Timescale(kind: .relative(immediateDay(tokens, index, length, context)), range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            if starts & Start.period != 0, !filtered || tables.mayStartPeriod(tokens, at: index),
                let (length, day) = period(tokens, at: index, bytes: bytes, context: context)
            {
                guard found(Timescale(kind: .relative(day), range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            if starts & Start.monthOrWeekday != 0, let (length, day) = monthOrWeekday(tokens, at: index, bytes: bytes, context: context) {
                guard found(Timescale(kind: .date(day), range: span(tokens, index, length))) else { return }
                index += length
                continue
            }
            index += 1
        }
    }

    /// Whether a timescale counts as a concrete one when choosing the due one.
    private static func countsAsConcrete(_ timescale: Timescale) -> Bool {
        timescale.isConcrete || timescale.kind == .impossibleDate
    }

    /// The timescale an action is due by: the first concrete one, else the first of any kind.
    /// Where several dates stand, one after `by`, `before`, `on` or `w/c` is preferred.
    public func due(_ tokens: ArraySlice<Token>, bytes: [UInt8], context: Context) -> Timescale? {
        // Chosen as the timescales are found, without a list of them (most actions have one).
        var choice = DueChoice(start: tokens.startIndex)
        scan(tokens, bytes: bytes, context: context, filtered: true) { timescale in
            choice.consider(timescale, in: tokens)
            return true
        }
        return choice.chosen
    }

    /// What `due` chooses from, kept as the timescales come in token order: the first of any
    /// kind, the first tied to the next meeting, the first concrete one and how many there are,
    /// and, from the second concrete one on, the first concrete one after a strong `by` word, the
    /// first after any `by` word, and the first of the latest (as `max(by:)` gives). The tokens
    /// are handed in with each timescale rather than held: held, they were retained and released
    /// at every choice.
    private struct DueChoice {
        var first: Timescale?
        var nextMeeting: Timescale?
        var earliest: Timescale?
        var concreteCount = 0
        var afterStrongBy: Timescale?
        var afterBy: Timescale?
        var latest: (timescale: Timescale, day: Day)?
        /// The cursor that finds each concrete timescale's first token: it only moves on, as the
        /// timescales stand in token order.
        var position: Int

        init(start: Int) {
            position = start
        }

        mutating func consider(_ timescale: Timescale, in tokens: ArraySlice<Token>) {
            if first == nil { first = timescale }
            if nextMeeting == nil, case .nextMeeting = timescale.kind { nextMeeting = timescale }
            guard TimescaleReader.countsAsConcrete(timescale) else { return }
            concreteCount += 1
            // What is chosen among several is only needed once there are two.
            if concreteCount == 1 {
                earliest = timescale
                return
            }
            if concreteCount == 2, let earliest { follow(earliest, in: tokens) }
            follow(timescale, in: tokens)
        }

        /// Takes a concrete timescale into the choice among several.
        private mutating func follow(_ timescale: Timescale, in tokens: ArraySlice<Token>) {
            if afterStrongBy == nil || afterBy == nil {
                while position < tokens.endIndex, tokens[position].range.start < timescale.range.start { position += 1 }
                if position < tokens.endIndex, tokens[position].range.start == timescale.range.start, position > tokens.startIndex {
                    if afterStrongBy == nil, TimescaleReader.followsByWord(tokens, at: position, strong: true) { afterStrongBy = timescale }
                    if afterBy == nil, TimescaleReader.followsByWord(tokens, at: position, strong: false) { afterBy = timescale }
                }
            }
            if let day = timescale.dueDay {
                if let latest, !(latest.day < day) { return }
                latest = (timescale, day)
            }
        }

        /// The due timescale, as SPEC 2.5 chooses it. Inlined: called, it was handed a copy of
        /// the whole choice (six timescales) at every `due`.
        var chosen: Timescale? {
            @inline(__always) get {
                guard let first else { return nil }
                if concreteCount > 1 {
                    // Otherwise the latest date: earlier ones are usually events the action follows.
                    if let chosen = afterStrongBy ?? afterBy ?? latest?.timescale { return chosen }
                }
                return earliest ?? nextMeeting ?? first
            }
        }
    }

    private func span(_ tokens: ArraySlice<Token>, _ index: Int, _ length: Int) -> SourceRange {
        SourceRange(tokens[index].range.start, tokens[index + length - 1].range.end)
    }

    private func immediateDay(_ tokens: ArraySlice<Token>, _ index: Int, _ length: Int, _ context: Context) -> Day? {
        guard let meeting = context.meeting else { return nil }
        let words = tokens[index..<(index + length)]
        // Whether the phrase holds a word (without building an array of its hashes).
        func has(_ hash: UInt64) -> Bool { words.contains { $0.folded == hash } }
        if has(TimescaleReader.monthWord) {
            let end = meeting.endOfMonth
            return has(TimescaleReader.nextWord) ? end.adding(days: 1).endOfMonth : end
        }
        if has(TimescaleReader.weekWord) {
            let friday = meeting.adding(days: (4 - meeting.weekday + 7) % 7)
            return has(TimescaleReader.nextWord) ? friday.adding(days: 7) : friday
        }
        if has(TimescaleReader.tomorrowWord) { return meeting.adding(days: 1) }
        if has(TimescaleReader.fortyEight) { return meeting.adding(days: 2) }
        if has(TimescaleReader.seventyTwo) { return meeting.adding(days: 3) }
        if has(TimescaleReader.twentyFour) { return meeting.adding(days: 1) }
        return meeting
    }

    static let monthWord = Tokenizer.foldedHash("month")
    static let weekWord = Tokenizer.foldedHash("week")
    static let tomorrowWord = Tokenizer.foldedHash("tomorrow")
    static let fortyEight = Tokenizer.foldedHash("48")
    static let seventyTwo = Tokenizer.foldedHash("72")
    static let twentyFour = Tokenizer.foldedHash("24")

    /// The words a short date may follow. `w` stands for `w/c` and `w/b` (week commencing or
    /// beginning, three tokens), which `shortDate` reads whole; `wk beg` ends in `beg`.
    static let cueWords = ["by", "on", "before", "until", "till", "from", "due", "deadline", "w", "wc", "commencing", "beginning", "beg"]
    static let cues = TokenSet(words: cueWords)
    static var theWord: UInt64 { 0x56F5_C919_4461_D57C }  // the
    static var wWord: UInt64 { 0xAF63_EA4C_8602_0456 }  // w
    static var cWord: UInt64 { 0xAF63_DE4C_8601_EFF2 }  // c
    static var bWord: UInt64 { 0xAF63_DF4C_8601_F1A5 }  // b

    /// `by 9/3`, `Mon 9/3`, `on the 9th`, `Tues 10th`, `w/c 9/3`: a day and month in numbers
    /// (`DateReader.leadingDayAndMonth`, month first when the date order is `mdy`), or a day of the
    /// month alone, after a cue word or a weekday (without one, `7/10` may be a score and `9th` a
    /// birthday). Resolved to the next such day on or after the meeting.
    private func shortDate(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8], context: Context) -> (Int, Day?)? {
        let cue = tokens[index]
        // `School to send attendance to SW 9th`: an ordinal that ends the text is a due day.
        if cue.shape == .numberWord, let day = DateReader.dayNumber(cue, bytes), day >= 1, day <= 31,
            tokens[(index + 1)...].allSatisfy({ $0.shape == .punctuation })
        {
            return (1, dayOfMonth(day, context))
        }
        guard tables.cues.contains(cue.folded) || DateReader.weekday(cue, bytes) != nil else { return nil }
        var next = index + 1
        if cue.folded == TimescaleReader.wWord {
            // `w/c`, `w/b`: the cue is the three tokens, written without spaces.
            guard index + 2 < tokens.endIndex, tokens[index + 1].folded == TimescaleReader.slash,
                tokens[index + 2].folded == TimescaleReader.cWord || tokens[index + 2].folded == TimescaleReader.bWord,
                tokens[index + 1].range.start == cue.range.end, tokens[index + 2].range.start == tokens[index + 1].range.end
            else { return nil }
            next = index + 3
        }
        if next < tokens.endIndex, tokens[next].folded == TimescaleReader.theWord { next += 1 }
        guard next < tokens.endIndex else { return nil }
        // `9/3`: two numbers joined by `/` or `.`, not the start of a longer date or `N/52`, read
        // in the record's date order.
        if let mention = DateReader.leadingDayAndMonth(tokens[next...], bytes: bytes, order: context.order) {
            return (mention.tokens.upperBound - index, mention.resolved(against: context.meeting))
        }
        // `the 9th`, `Tues 10th`: an ordinal day of the month, not followed by a month (that is a
        // whole date, read elsewhere).
        let ordinal = tokens[next]
        guard ordinal.shape == .numberWord, let day = DateReader.dayNumber(ordinal, bytes), day >= 1, day <= 31 else { return nil }
        if next + 1 < tokens.endIndex, DateReader.month(tokens[next + 1], bytes) != nil { return nil }
        return (next + 1 - index, dayOfMonth(day, context))
    }

    /// The next day with this day of the month on or after the meeting.
    private func dayOfMonth(_ day: Int, _ context: Context) -> Day? {
        context.meeting.flatMap { meeting -> Day? in
            var year = meeting.parts.year
            var month = meeting.parts.month
            for _ in 0..<3 {
                if let date = Day(year: year, month: month, day: day), date >= meeting { return date }
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
            return nil
        }
    }

    /// `within 2 weeks`, `in 10 working days`, `within a month`, `2/52`, `3/12`, `28 days`.
    private func period(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8], context: Context) -> (Int, Day?)? {
        var start = index
        let tables = self.tables
        let hasLead = tables.lead.contains(tokens[index].folded)
        if hasLead { start += 1 }
        guard start < tokens.endIndex else { return nil }
        // Clinical shorthand: N/52 is N weeks, N/12 is N months, N/7 is N days.
        if let (count, _) = DateReader.number(tokens[start], bytes), start + 2 < tokens.endIndex,
            tokens[start + 1].folded == TimescaleReader.slash, tokens[start + 1].range.start == tokens[start].range.end,
            tokens[start + 2].range.start == tokens[start + 1].range.end,
            let (base, _) = DateReader.number(tokens[start + 2], bytes), base == 52 || base == 12 || base == 7
        {
            // Not the start of a numeric date such as 3/12/2026.
            if start + 3 < tokens.endIndex, tokens[start + 3].folded == TimescaleReader.slash,
                tokens[start + 3].range.start == tokens[start + 2].range.end
            {
                return nil
            }
            let day = context.meeting.map { meeting in
                base == 52 ? meeting.adding(days: 7 * count) : base == 12 ? meeting.adding(months: count) : meeting.adding(days: count)
            }
            return (start + 3 - index, day)
        }
        // `24hrs`, `2wks`: the number and its unit written as one word.
        if let (amount, unit) = joinedPeriod(tokens[start], bytes) {
            guard hasLead || start + 1 >= tokens.endIndex || tokens[start + 1].shape == .punctuation else { return nil }
            return (start + 1 - index, periodDay(amount, unit, working: false, fortnight: false, context: context))
        }
        var cursor = start
        var count: Int?
        if let (value, _) = DateReader.number(tokens[cursor], bytes) {
            count = value
            cursor += 1
        } else if let value = tables.numberWords[tokens[cursor].folded] {
            count = value
            cursor += 1
            // `a couple of weeks`, `a few days`
            if cursor < tokens.endIndex, value == 1, let more = tables.numberWords[tokens[cursor].folded], more > 1 {
                count = more
                cursor += 1
            }
            if cursor < tokens.endIndex, tokens[cursor].folded == TimescaleReader.ofWord { cursor += 1 }
        } else if tables.units[tokens[cursor].folded] != nil, hasLead,
            tokens[cursor].folded == TimescaleReader.fortnight
        {
            count = 1
        }
        guard let amount = count, cursor < tokens.endIndex else { return nil }
        var working = false
        if tokens[cursor].folded == TimescaleReader.working || tokens[cursor].folded == TimescaleReader.school
            || tokens[cursor].folded == TimescaleReader.business
        {
            working = true
            cursor += 1
        }
        guard cursor < tokens.endIndex, let unit = tables.units[tokens[cursor].folded] else { return nil }
        // A bare number and unit (`28 days`) needs a lead word unless it is a period alone.
        guard hasLead || cursor + 1 >= tokens.endIndex || tokens[cursor + 1].shape == .punctuation else { return nil }
        let isFortnight = tokens[cursor].folded == TimescaleReader.fortnight || tokens[cursor].folded == TimescaleReader.fortnights
        return (cursor + 1 - index, periodDay(amount, unit, working: working, fortnight: isFortnight, context: context))
    }

    /// The day a period of `amount` units from the meeting ends on, if the meeting has a date.
    private func periodDay(_ amount: Int, _ unit: Unit, working: Bool, fortnight: Bool, context: Context) -> Day? {
        context.meeting.map { meeting in
            switch unit {
            case .hour: return meeting.adding(days: max(1, (amount + 23) / 24))
            case .day: return working ? meeting.adding(workingDays: amount, holidays: context.holidays) : meeting.adding(days: amount)
            case .workingDay: return meeting.adding(workingDays: amount, holidays: context.holidays)
            case .week: return meeting.adding(days: amount * (fortnight ? 14 : 7))
            case .month: return meeting.adding(months: amount)
            case .year: return meeting.adding(months: 12 * min(amount, 100))
            }
        }
    }

    /// `mid March`, `mid-March`, `mid-Mar` at `tokens[index]`: how many tokens, and the month.
    /// (The hyphen joins `mid-March` into one word, whose letters are read either side of it.)
    static func midMonth(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8]) -> (Int, Int)? {
        let token = tokens[index]
        // Most tokens asked about are `by`, `end` and the like: one byte turns them away.
        guard bytes[token.range.start] | 0x20 == UInt8(ascii: "m"), DateReader.isWord(token) else { return nil }
        if token.folded == midWord {
            guard index + 1 < tokens.endIndex, DateReader.isWord(tokens[index + 1]),
                let month = DateReader.monthNumber(ofHash: tokens[index + 1].folded)
            else { return nil }
            return (2, month)
        }
        let (hash, hyphen) = Tokenizer.foldedLetters(bytes, from: token.range.start, to: token.range.end)
        guard hash == midWord, hyphen < token.range.end, bytes[hyphen] == UInt8(ascii: "-") else { return nil }
        let (monthHash, end) = Tokenizer.foldedLetters(bytes, from: hyphen + 1, to: token.range.end)
        guard end == token.range.end, end > hyphen + 1, let month = DateReader.monthNumber(ofHash: monthHash) else { return nil }
        return (1, month)
    }

    /// The end of `month` as a due day (`end of May`, `by May`): in the meeting's year if the
    /// month has not ended by the meeting, else the next year.
    static func end(of month: Int, after meeting: Day) -> Day? {
        let year = meeting.parts.year
        for candidate in year...(year + 1) {
            if let end = Day(year: candidate, month: month, day: 1)?.endOfMonth, end >= meeting { return end }
        }
        return nil
    }

    /// The middle of `month` as a due day: its 15th, in the year `end(of:after:)` chooses, or the
    /// month's end when the meeting is already past the 15th of it.
    static func middle(of month: Int, after meeting: Day) -> Day? {
        guard let end = end(of: month, after: meeting), let middle = Day(year: end.parts.year, month: month, day: 15) else { return nil }
        return middle >= meeting ? middle : end
    }

    /// `24hrs`, `2wks`, `10days`: one to three digits and a unit word (`units`) written as one
    /// token, with the amount and the unit; nil for any other token (`28th`, `10am`).
    func joinedPeriod(_ token: Token, _ bytes: [UInt8]) -> (amount: Int, unit: Unit)? {
        guard token.shape == .numberWord else { return nil }
        var position = token.range.start
        var amount = 0
        while position < token.range.end, Tokenizer.isDigit(bytes[position]), position - token.range.start < 3 {
            amount = amount * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position > token.range.start, position < token.range.end else { return nil }
        let (hash, lettersEnd) = Tokenizer.foldedLetters(bytes, from: position, to: token.range.end)
        guard lettersEnd == token.range.end, let unit = tables.units[hash] else { return nil }
        return (amount, unit)
    }

    /// `end of May`, `end May`, `by May`, `by Friday`, `next Tuesday`, `on Friday`, `mid-May`,
    /// `by mid May`.
    private func monthOrWeekday(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8], context: Context) -> (Int, Day?)? {
        var cursor = index
        let first = tokens[index].folded
        // `mid-May`, or `by mid May`.
        let mid = first == TimescaleReader.byWord || first == TimescaleReader.beforeWord ? index + 1 : index
        if mid < tokens.endIndex, let (length, month) = TimescaleReader.midMonth(tokens, at: mid, bytes: bytes) {
            return (mid + length - index, context.meeting.flatMap { TimescaleReader.middle(of: month, after: $0) })
        }
        if first == TimescaleReader.endWord, cursor + 2 < tokens.endIndex, tokens[cursor + 1].folded == TimescaleReader.ofWord {
            cursor += 2
            if tokens[cursor].folded == TimescaleReader.theWord, cursor + 1 < tokens.endIndex { cursor += 1 }
        } else if first == TimescaleReader.endWord, cursor + 1 < tokens.endIndex, DateReader.month(tokens[cursor + 1], bytes) != nil {
            // `end Jan`, `by end March`: the month straight after `end`.
            cursor += 1
        } else if first == TimescaleReader.byWord || first == TimescaleReader.beforeWord || first == TimescaleReader.thisWord
            || first == TimescaleReader.nextWord || first == TimescaleReader.onWord
        {
            cursor += 1
            guard cursor < tokens.endIndex else { return nil }
        } else {
            return nil
        }
        if let month = DateReader.month(tokens[cursor], bytes), first != TimescaleReader.onWord {
            return (cursor + 1 - index, context.meeting.flatMap { TimescaleReader.end(of: month, after: $0) })
        }
        if let weekday = DateReader.weekday(tokens[cursor], bytes) {
            let day = context.meeting.map { meeting -> Day in
                var offset = (weekday - meeting.weekday + 7) % 7
                if offset == 0 { offset = 7 }
                return meeting.adding(days: offset)
            }
            return (cursor + 1 - index, day)
        }
        return nil
    }
}
