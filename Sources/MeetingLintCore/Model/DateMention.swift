/// How numeric dates are ordered: `14/03/2026` is day-first (UK, the default).
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day, month, year: `14/03/2026`.
    case dmy
    /// Month, day, year: `03/14/2026`.
    case mdy
    /// Year, month, day: `2026/03/14`.
    case ymd
}

/// A date written somewhere in a record, as read, before it is resolved against the meeting.
public struct DateMention: Sendable, Hashable {
    /// What the words say.
    public enum Value: Sendable, Hashable {
        /// A whole date (`14/03/2026`, `Saturday 14th March 2026`).
        case full(Day)
        /// A day and month without a year (`14 March`): the next such day on or after the meeting.
        case dayMonth(month: Int, day: Int)
        /// A month and year (`May 2026`): the last day of that month.
        case monthYear(year: Int, month: Int)
        /// Written like a date but no such day exists (`31/02/2026`).
        case impossible
    }

    /// Where it stands.
    public var range: SourceRange
    /// The tokens it covers.
    public var tokens: Range<Int>
    /// What it says.
    public var value: Value

    /// The day it means, resolved against `reference` (the meeting date) where it has no year.
    public func resolved(against reference: Day?) -> Day? {
        switch value {
        case .full(let day):
            return day
        case .monthYear(let year, let month):
            return Day(year: year, month: month, day: 1)?.endOfMonth
        case .dayMonth(let month, let day):
            guard let reference else { return nil }
            let year = reference.parts.year
            for candidate in year...(year + 1) {
                if let date = Day(year: candidate, month: month, day: day), date >= reference { return date }
            }
            return nil
        case .impossible:
            return nil
        }
    }
}

/// Finds dates in a run of tokens (SPEC 2.5 and VOCABULARY's date forms).
public enum DateReader {
    /// Each month's names, January's first.
    static let monthNames = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
        ["november", "nov"], ["december", "dec"],
    ]

    static let months: TokenMap<Int> = {
        var table = TokenMap<Int>()
        for (index, group) in monthNames.enumerated() {
            for name in group { table[Tokenizer.foldedHash(name)] = index + 1 }
        }
        return table
    }()

    static let weekdays: TokenMap<Int> = {
        var table = TokenMap<Int>()
        let names = [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed", "weds"],
            ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ]
        for (index, group) in names.enumerated() {
            for name in group { table[Tokenizer.foldedHash(name)] = index }
        }
        return table
    }()

    /// For each value of a hash's low 13 bits (`dateWordSlot`), 1 where a month or weekday name's
    /// hash has it, else 0: one byte read turns away nearly every word that names no month or
    /// weekday. A byte a slot, not a bit, so the test is a mask and a load; and the low bits, not
    /// the halves mixed, as the mixing cost more than it saved. FNV-1a's low 13 bits are well
    /// spread (each step multiplies them by an odd number); over the corpus about one word in 400
    /// that names no date shares a slot with one that does.
    static let dateWordSlots: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: dateWordSlotCount)
        for hash in months.pairs.map(\.0) + weekdays.pairs.map(\.0) { slots[dateWordSlot(hash)] = 1 }
        return slots
    }()

    /// `dateWordSlots` and, after them, one byte for each value of a token shape's raw byte, 1 for
    /// a number's and an ordinal's, else 0: what `candidate` marks a token by, in one table (one
    /// array for `StartFilter` to hold), both halves read unchecked (a slot is below 8,192 and a
    /// shape's raw value below 256).
    static let startMarks: [UInt8] = {
        var shapes = [UInt8](repeating: 0, count: 256)
        shapes[Int(Token.Shape.number.rawValue)] = 1
        shapes[Int(Token.Shape.numberWord.rawValue)] = 1
        return dateWordSlots + shapes
    }()

    /// How many slots `dateWordSlots` has: one for each value of 13 bits.
    static let dateWordSlotCount = 8192

    /// The slot of `dateWordSlots` for a hash.
    @inline(__always)
    static func dateWordSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash & 8191) }

    // The folded hashes (`Tokenizer.foldedHash`) of the words and marks the readers compare
    // tokens with, written out: a lazy static is checked (`swift_once`) at every read, and the
    // readers read these at nearly every date. `DateWordLiteralTests` checks each against the hash
    // of its text.
    static var ofHash: UInt64 { 0x08B0_6007_B556_7108 }
    static var mayHash: UInt64 { 0x080F_5019_176D_1E46 }
    static var marchHash: UInt64 { 0x9092_E9A4_E189_5990 }
    static var satHash: UInt64 { 0x822D_9719_5CD5_EBF7 }
    static var sunHash: UInt64 { 0x8271_A119_5D0F_C9C1 }
    static var wedHash: UInt64 { 0x5EA0_E319_4872_2257 }
    static var slash: UInt64 { 0xAF63_A24C_8601_89FE }
    static var dot: UInt64 { 0xAF63_A34C_8601_8BB1 }
    static var dash: UInt64 { 0xAF63_A04C_8601_8698 }
    static var comma: UInt64 { 0xAF63_A14C_8601_884B }

    /// The month (1–12) a folded hash names, if any: what `months` maps it to, without the table
    /// (a lazy static, checked at every read, and a probe of its keys). The hashes are written out,
    /// each after its name; `DateWordLiteralTests` checks that this and the table agree.
    static func monthNumber(ofHash hash: UInt64) -> Int? {
        switch hash {
        case 0x98D0_182E_C107_1C5D, 0x4584_8019_3A78_4D8E: return 1  // january, jan
        case 0x0CDB_1CF6_5397_8793, 0xDCC6_9018_FEEA_AC62: return 2  // february, feb
        case 0x9092_E9A4_E189_5990, 0x080F_5719_176D_2A2B: return 3  // march, mar
        case 0x0657_BDA4_60A0_7117, 0xE74F_A919_056A_86F2: return 4  // april, apr
        case 0x080F_5019_176D_1E46: return 5  // may
        case 0xEB1A_51DD_F834_9BC5, 0x4540_8019_3A3E_80C2: return 6  // june, jun
        case 0xEB13_69DD_F82E_A5DF, 0x4540_7E19_3A3E_7D5C: return 7  // july, jul
        case 0x01A1_E865_3D8D_D99C, 0xE745_C619_0562_63B4: return 8  // august, aug
        case 0xEAA3_E4D7_3C9E_2CE0, 0x823B_8B19_5CE2_14EF, 0x2D41_F718_D429_0361: return 9  // september, sep, sept
        case 0x312B_BBF1_734E_4187, 0x1A35_9F19_21F1_37E9: return 10  // october, oct
        case 0x7C51_29C7_9BB2_C83F, 0x215A_D419_258E_9BE4: return 11  // november, nov
        case 0xC867_9AEA_66B1_101E, 0xCA9A_1718_F461_DFB3: return 12  // december, dec
        default: return nil
        }
    }

    /// The weekday (0 = Monday) a folded hash names, if any: what `weekdays` maps it to, without
    /// the table, as `monthNumber(ofHash:)` for the months.
    static func weekdayNumber(ofHash hash: UInt64) -> Int? {
        switch hash {
        case 0x0196_9B86_7712_2719, 0x0808_6319_1767_1FE1: return 0  // monday, mon
        case 0xFE82_67BD_7A6A_F710, 0x571B_AD19_4482_7525, 0x867C_77EF_69AD_6122: return 1  // tuesday, tue, tues
        case 0xA2D9_C484_633B_9F77, 0x5EA0_E319_4872_2257, 0x3D84_07F6_19F0_032C: return 2  // wednesday, wed, weds
        case 0xCC6F_F6C2_D8BA_A9F7, 0x56F5_B919_4461_BA4C, 0x2543_C3EF_320F_775A, 0x619D_1872_1047_7AAB: return 3  // thursday, thu, thur, thurs
        case 0xA9C7_99A8_72D9_CD32, 0xDC8D_8F18_FEBA_E568: return 4  // friday, fri
        case 0xAFBA_98E8_192C_C656, 0x822D_9719_5CD5_EBF7: return 5  // saturday, sat
        case 0x7E73_E8AC_5B20_C179, 0x8271_A119_5D0F_C9C1: return 6  // sunday, sun
        default: return nil
        }
    }

    /// `token.isWord`, always inlined: the readers below test it at every date they read, and
    /// the getter, left a call, was handed the whole token for a test of its shape.
    @inline(__always)
    static func isWord(_ token: Token) -> Bool {
        let shape = token.shape
        return shape == .word || shape == .upperWord || shape == .initial
    }

    /// The month (1–12) a token names, if any. `May` and `March` count only capitalised, since
    /// `may` and `march` are also verbs.
    static func month(_ token: Token, _ bytes: [UInt8]) -> Int? {
        guard isWord(token), let month = monthNumber(ofHash: token.folded) else { return nil }
        if token.folded == mayHash || token.folded == marchHash {
            guard bytes[token.range.start] >= UInt8(ascii: "A"), bytes[token.range.start] <= UInt8(ascii: "Z") else { return nil }
        }
        return month
    }

    /// The weekday (0 = Monday) a token names, if any. Short forms that are also words (`sat`,
    /// `sun`, `wed`) count only capitalised.
    static func weekday(_ token: Token, _ bytes: [UInt8]) -> Int? {
        guard isWord(token), let weekday = weekdayNumber(ofHash: token.folded) else { return nil }
        if token.folded == satHash || token.folded == sunHash || token.folded == wedHash {
            guard bytes[token.range.start] >= UInt8(ascii: "A"), bytes[token.range.start] <= UInt8(ascii: "Z") else { return nil }
        }
        return weekday
    }

    /// The value of a run of digits (at most 9 of them), and how many digits it has.
    static func number(_ token: Token, _ bytes: [UInt8]) -> (value: Int, digits: Int)? {
        guard token.shape == .number, token.range.count <= 9 else { return nil }
        var value = 0
        for index in token.range.start..<token.range.end {
            guard Tokenizer.isDigit(bytes[index]) else { return nil }
            // Nine digits at most: below 10^9, far from overflowing, so not checked for it.
            value = value &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
        }
        return (value, token.range.count)
    }

    /// The day of an ISO date and time's `11T10` (two digits, `T`, a digit): the two digits, as a
    /// number token of their own.
    static func isoDay(_ token: Token, _ bytes: [UInt8]) -> Token? {
        let start = token.range.start
        guard token.range.count >= 4, Tokenizer.isDigit(bytes[start]), Tokenizer.isDigit(bytes[start + 1]),
            bytes[start + 2] | 0x20 == UInt8(ascii: "t"), Tokenizer.isDigit(bytes[start + 3])
        else { return nil }
        var day = token
        day.range = SourceRange(start, start + 2)
        day.shape = .number
        return day
    }

    /// A day of the month: `14` or `14th`, `1st`, `22nd`, `3rd`.
    static func dayNumber(_ token: Token, _ bytes: [UInt8]) -> Int? {
        if let (value, digits) = number(token, bytes), digits <= 2 { return value }
        guard token.shape == .numberWord else { return nil }
        var value = 0
        var index = token.range.start
        // At most two digits: `99999999999999999999th` is not a day (and must not overflow).
        while index < token.range.end, index - token.range.start < 3, Tokenizer.isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - token.range.start
        guard digits >= 1, digits <= 2, token.range.end - index == 2 else { return nil }
        let suffix = (Tokenizer.fold(bytes[index]), Tokenizer.fold(bytes[index + 1]))
        switch suffix {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
            (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return value
        default:
            return nil
        }
    }

    /// A year: four digits from 1900 to 2199, or two digits (20xx).
    static func year(_ token: Token, _ bytes: [UInt8]) -> Int? {
        guard let (value, digits) = number(token, bytes) else { return nil }
        if digits == 4, value >= 1900, value < 2200 { return value }
        if digits == 2 { return 2000 + value }
        return nil
    }

    /// Every date in `tokens`, left to right.
    public static func mentions(in tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder) -> [DateMention] {
        mentions(in: tokens, bytes: bytes, order: order, skipping: true)
    }

    /// Every date in `tokens`; `skipping` passes over at once the tokens where `candidate` says no
    /// date can start (false tries every token, the slow path tests compare it with).
    static func mentions(in tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder, skipping: Bool) -> [DateMention] {
        var result: [DateMention] = []
        appendMentions(in: tokens, bytes: bytes, order: order, skipping: skipping, to: &result)
        return result
    }

    /// What `candidate` tests tokens against, read from the tables once for many lines: each is
    /// a global, checked at every read.
    struct StartFilter {
        /// `startMarks`: the date word slots, then the number shapes.
        let marks = DateReader.startMarks
        let ofHash = DateReader.ofHash
        /// The separators of a numeric date (`numeric`): `/`, `.` and `-`.
        let slash = DateReader.slash
        let dot = DateReader.dot
        let dash = DateReader.dash
    }

    /// `mentions(in:bytes:order:skipping:)` appended to `result`: one array for many lines' dates.
    /// `start` (an index of `tokens`) is where to begin reading, if not at the first token: no
    /// date may start before it (a date is never read from its middle), though the tokens before
    /// it are still looked at, as a date's neighbours.
    static func appendMentions(
        in tokens: ArraySlice<Token>, from start: Int? = nil, bytes: [UInt8], order: DateOrder, skipping: Bool = true,
        filter: StartFilter = StartFilter(), to result: inout [DateMention]
    ) {
        var index = start ?? tokens.startIndex
        precondition(index >= tokens.startIndex, "a start before the tokens")
        while index < tokens.endIndex {
            if skipping {
                index = candidate(in: tokens, from: index, filter: filter)
                guard index < tokens.endIndex else { break }
            }
            if let mention = mention(tokens, at: index, bytes: bytes, order: order) {
                result.append(mention)
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
    }

    /// The dates in some tokens one at a time, left to right: what `mentions(in:bytes:order:)`
    /// lists, in its order, for a reader that takes them as it goes and may stop early, without
    /// an array made (and freed) for each read. The tokens and bytes are handed to each call, not
    /// held: held, they would be retained and released with the cursor.
    struct Cursor {
        /// Where the search for the next date starts.
        var index: Int

        init(_ tokens: ArraySlice<Token>) {
            index = tokens.startIndex
        }

        /// The next date in `tokens` (the same tokens at every call), if any: the loop of
        /// `appendMentions(in:...)`, stopped at each date.
        @inline(__always)
        mutating func next(in tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder, filter: StartFilter) -> DateMention? {
            while index < tokens.endIndex {
                index = DateReader.candidate(in: tokens, from: index, filter: filter)
                guard index < tokens.endIndex else { break }
                if let mention = DateReader.mention(tokens, at: index, bytes: bytes, order: order) {
                    index = mention.tokens.upperBound
                    return mention
                }
                index += 1
            }
            return nil
        }
    }

    /// The first date in `tokens`: `mentions(in:bytes:order:).first`, without reading on past it
    /// or making the list.
    public static func firstMention(in tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder) -> DateMention? {
        let filter = StartFilter()
        var index = tokens.startIndex
        while index < tokens.endIndex {
            index = candidate(in: tokens, from: index, filter: filter)
            guard index < tokens.endIndex else { break }
            if let mention = mention(tokens, at: index, bytes: bytes, order: order) { return mention }
            index += 1
        }
        return nil
    }

    /// The date that starts at `index`, if one does.
    @inline(__always)
    static func mention(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8], order: DateOrder) -> DateMention? {
        // A date starts with a number, a month or a weekday: anything else is passed over cheaply.
        // Only a number can start a numeric date (`numeric` tests the shape first): an ordinal or
        // a word goes straight to `textual`.
        switch tokens[index].shape {
        case .number:
            return numeric(tokens, at: index, bytes: bytes, order: order) ?? textual(tokens, at: index, bytes: bytes)
                ?? hyphenated(tokens, at: index, bytes: bytes)
        case .numberWord:
            return textual(tokens, at: index, bytes: bytes)
        case .word, .upperWord, .initial:
            // Not first looked up among all month and weekday names: `textual` looks the word up
            // as a weekday and then as a month, and reads nothing from a word that names neither.
            // A word reaches here only past `candidate`'s filter, and nearly every such word names one.
            return textual(tokens, at: index, bytes: bytes)
        case .punctuation:
            return nil
        }
    }

    /// Every date in each of a record's lines, appended to `result` in order: what
    /// `appendMentions(in:...)` of each line's tokens gives. `lines` hold `tokens` in order, one
    /// after another. The tokens are scanned for where a date may start (`candidate`) across the
    /// lines at once, and a date is read at each such token from its line's tokens. The scan
    /// across lines lets through every token that a line's own scan would (reading past a line's
    /// end only lets more through), and a token it lets through that the line's scan would not
    /// starts no date in the line (that scan passes over only tokens where none starts): so the
    /// same dates are read, with one scan for the record rather than one more for each line
    /// that has a date.
    static func appendMentions(inLines lines: [TextLine], of tokens: [Token], bytes: [UInt8], order: DateOrder, to result: inout [DateMention]) {
        let all = tokens[...]
        let filter = StartFilter()
        var line = 0
        var position = all.startIndex
        while position < all.endIndex {
            position = candidate(in: all, from: position, filter: filter)
            guard position < all.endIndex else { break }
            // The line the token stands in: lines hold the tokens in order.
            while line < lines.count, lines[line].tokens.upperBound <= position { line += 1 }
            guard line < lines.count else { break }
            let range = lines[line].tokens
            // A token in no line (before this line, where lines leave a gap) starts no date: the
            // scan moves on from the next token, not from this line's end, which would pass over
            // the whole line's dates.
            guard range.contains(position) else {
                position += 1
                continue
            }
            if let mention = mention(tokens[range], at: position, bytes: bytes, order: order) {
                result.append(mention)
                position = mention.tokens.upperBound
            } else {
                position += 1
            }
        }
    }

    /// The first index from `start` on (else the end) where `numeric` or `textual` might read a
    /// date; before it, both surely fail. A date starts with
    /// - a word, only if it names a month or a weekday (`dateWordSlots`, a filter of their hashes);
    /// - a number, in `numeric` only if a separator (`/`, `.`, `-`) follows and four tokens more
    ///   stand;
    /// - a number or an ordinal, in `textual` only if `of` or a word naming a month follows;
    /// - a number, in `hyphenated` only if `-` and a word follow.
    ///
    /// (A number before another mark, such as the `:` of a time, starts no date: `numeric` needs
    /// one of its separators there, and `textual` a word.)
    static func candidate(in tokens: ArraySlice<Token>, from start: Int, filter: StartFilter = StartFilter()) -> Int {
        let marks = filter.marks
        let ofHash = filter.ofHash
        let (slash, dot, dash) = (filter.slash, filter.dot, filter.dash)
        // A slot is below 8,192 (`dateWordSlot` keeps 13 bits) and a shape's raw value below 256:
        // both read unchecked from the table.
        precondition(marks.count == dateWordSlotCount + 256, "date word filter of 8,192 slots and 256 shapes")
        precondition(start >= tokens.startIndex, "a start before the tokens")
        guard start < tokens.endIndex else { return tokens.endIndex }
        return marks.withUnsafeBufferPointer { table in
            tokens.withUnsafeBufferPointer { buffer -> Int in
                guard let first = buffer.baseAddress, let slot = table.baseAddress else { return tokens.endIndex }
                let end = first + buffer.count
                let from = first + (start - tokens.startIndex)
                let found = candidate(from: from, to: end, marks: slot, ofHash: ofHash, separators: (slash, dot, dash))
                return tokens.startIndex + (found - first)
            }
        }
    }

    /// `candidate(in:from:filter:)` over the tokens from `start` to `end`: the first token there
    /// where a date may start, else `end`. `marks` is `startMarks`. Walked by pointer: one
    /// pointer moves, not an index and a count, and each token's shape and hash are read in place.
    @inline(__always)
    private static func candidate(
        from start: UnsafePointer<Token>, to end: UnsafePointer<Token>, marks slot: UnsafePointer<UInt8>, ofHash: UInt64,
        separators: (slash: UInt64, dot: UInt64, dash: UInt64)
    ) -> UnsafePointer<Token> {
        @inline(__always) func mayNameDate(_ hash: UInt64) -> Bool { slot[dateWordSlot(hash)] != 0 }
        let numberShape = slot + dateWordSlotCount
        // Not 0 where a token is a number or an ordinal or its hash's slot is set: the tokens left
        // unmarked surely start no date. (A punctuation mark's slot is tested too: one that is
        // set only sends the mark to the tests below, which pass over it.) Two loads and an or,
        // without a branch of their own.
        @inline(__always) func mark(_ token: UnsafePointer<Token>) -> UInt8 {
            slot[dateWordSlot(token.pointee.folded)] | numberShape[Int(token.pointee.shape.rawValue)]
        }
        var token = start
        while token < end {
            // Four tokens a step while none is marked, as nearly every token of a record is not:
            // one branch for the four. Then one at a time to the first marked token.
            while end - token >= 4 {
                if mark(token) | mark(token + 1) | mark(token + 2) | mark(token + 3) != 0 { break }
                token += 4
            }
            while token < end, mark(token) == 0 { token += 1 }
            guard token < end else { break }
            switch token.pointee.shape {
            case .word, .upperWord, .initial:
                // Marked, so its slot is set: it may name a month or a weekday.
                return token
            case .number, .numberWord:
                let next = token + 1
                if next < end {
                    if token.pointee.shape == .number, next.pointee.shape == .punctuation {
                        let separator = next.pointee.folded
                        if token + 4 < end, separator == separators.slash || separator == separators.dot || separator == separators.dash {
                            return token
                        }
                        // `hyphenated`: `13-Jan-2026`.
                        if separator == separators.dash, token + 2 < end, (token + 2).pointee.isWord { return token }
                    }
                    if next.pointee.folded == ofHash || (next.pointee.isWord && mayNameDate(next.pointee.folded)) { return token }
                }
                token += 1
            case .punctuation:
                token += 1
            }
        }
        return end
    }

    /// `14/03/2026`, `14.3.26`, `14-03-2026`, `2026-03-14`: three numbers joined by one separator.
    static func numeric(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8], order: DateOrder) -> DateMention? {
        guard index + 4 < tokens.endIndex, tokens[index].shape == .number, tokens[index + 2].shape == .number,
            tokens[index + 4].shape == .number || tokens[index + 4].shape == .numberWord
        else { return nil }
        var parts = (tokens[index], tokens[index + 2], tokens[index + 4])
        let separator = tokens[index + 1]
        // `2026-06-11T10:00` (ISO 8601, as systems write a date and its time): the day runs into
        // the time, which is set aside.
        if parts.2.shape == .numberWord {
            guard separator.folded == dash, parts.0.range.count == 4, let day = isoDay(parts.2, bytes) else { return nil }
            parts.2 = day
        }
        guard separator.shape == .punctuation,
            separator.folded == slash || separator.folded == dot || separator.folded == dash,
            tokens[index + 3].folded == separator.folded,
            tokens[index + 1].range.start == parts.0.range.end, parts.1.range.start == separator.range.end,
            tokens[index + 3].range.start == parts.1.range.end, parts.2.range.start == tokens[index + 3].range.end,
            let a = number(parts.0, bytes), let b = number(parts.1, bytes), let c = number(parts.2, bytes)
        else { return nil }
        // Not part of a longer run such as a version or an address: `1.2.3.4`, `01/02/2026/5`.
        if index > tokens.startIndex {
            let before = tokens[index - 1]
            if before.range.end == parts.0.range.start, before.shape == .punctuation,
                before.folded == separator.folded
            {
                return nil
            }
        }
        if index + 6 < tokens.endIndex {
            let after = tokens[index + 5]
            if after.range.start == parts.2.range.end, after.folded == separator.folded,
                tokens[index + 6].range.start == after.range.end, tokens[index + 6].shape == .number
            {
                return nil
            }
        }
        let range = SourceRange(parts.0.range.start, parts.2.range.end)
        var year: Int
        var month: Int
        var day: Int
        if a.digits == 4 {
            (year, month, day) = (a.value, b.value, c.value)
            guard c.digits <= 2, b.digits <= 2 else { return nil }
        } else {
            guard a.digits <= 2, b.digits <= 2, c.digits == 2 || c.digits == 4 else { return nil }
            switch order {
            case .dmy, .ymd: (day, month) = (a.value, b.value)
            case .mdy: (month, day) = (a.value, b.value)
            }
            year = c.digits == 2 ? 2000 + c.value : c.value
            if order == .ymd { (year, month, day) = (2000 + a.value, b.value, c.value) }
        }
        guard year >= 1900, year < 2200 else { return nil }
        let value: DateMention.Value = Day(year: year, month: month, day: day).map { .full($0) } ?? .impossible
        return DateMention(range: range, tokens: index..<(index + 5), value: value)
    }

    /// `13-Jan-2026`, `13-Jan-26`, `13-January-2026`, `13-Jan`: a day, a hyphen and a month's
    /// name, perhaps joined by another hyphen to a year of two or four digits, as case-management
    /// systems export dates. The tokenizer reads `Jan-2026` as one word (an inner hyphen joins
    /// it), so the month is the word's letters before its hyphen. With a year the month may be
    /// written in any case; without one, `May` and `March` count only capitalised, as in `month`.
    static func hyphenated(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8]) -> DateMention? {
        guard index + 2 < tokens.endIndex, tokens[index + 1].folded == DateReader.dash, tokens[index + 1].shape == .punctuation,
            isWord(tokens[index + 2])
        else { return nil }
        let (dash, word) = (tokens[index + 1], tokens[index + 2])
        guard dash.range.start == tokens[index].range.end, word.range.start == dash.range.end,
            let (day, digits) = number(tokens[index], bytes), digits <= 2
        else { return nil }
        // The month: the word's letters, up to its hyphen if it has one.
        var (hash, position) = Tokenizer.foldedLetters(bytes, from: word.range.start, to: word.range.end)
        guard position > word.range.start, let month = monthNumber(ofHash: hash) else { return nil }
        let range = SourceRange(tokens[index].range.start, word.range.end)
        let tokenRange = index..<(index + 3)
        if position == word.range.end {
            guard self.month(word, bytes) != nil else { return nil }
            let value: DateMention.Value =
                day >= 1 && day <= Day.daysIn(month: month, year: 2024) ? .dayMonth(month: month, day: day) : .impossible
            return DateMention(range: range, tokens: tokenRange, value: value)
        }
        // The year: two or four digits after the hyphen, and nothing else.
        guard bytes[position] == UInt8(ascii: "-") else { return nil }
        var year = 0
        var yearDigits = 0
        position += 1
        while position < word.range.end, Tokenizer.isDigit(bytes[position]), yearDigits < 4 {
            year = year * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            yearDigits += 1
            position += 1
        }
        guard position == word.range.end, yearDigits == 2 || yearDigits == 4 else { return nil }
        if yearDigits == 2 { year += 2000 }
        guard year >= 1900, year < 2200 else { return nil }
        let value: DateMention.Value = Day(year: year, month: month, day: day).map { .full($0) } ?? .impossible
        return DateMention(range: range, tokens: tokenRange, value: value)
    }

    /// `24/02`, `24.2`, `24-02`: a day and month in numbers (month first when the order is `mdy`)
    /// at the start of `tokens`, not followed by a year or more numbers. Read only where the words
    /// are surely a date, at the start of a due column's or field's value or of a next-meeting or
    /// circulated field's (elsewhere `7/10` may be a score); the caller resolves it against the
    /// meeting. Joined by a hyphen, the numbers may be a range (`6-8 weeks`, `2-3 times`), so
    /// they are a date only when no word or number follows them.
    public static func leadingDayAndMonth(_ tokens: ArraySlice<Token>, bytes: [UInt8], order: DateOrder) -> DateMention? {
        let start = tokens.startIndex
        guard start + 2 < tokens.endIndex, let a = number(tokens[start], bytes), let b = number(tokens[start + 2], bytes),
            a.digits <= 2, b.digits <= 2
        else { return nil }
        let separator = tokens[start + 1]
        guard separator.shape == .punctuation, separator.folded == slash || separator.folded == dot || separator.folded == dash,
            separator.range.start == tokens[start].range.end, tokens[start + 2].range.start == separator.range.end
        else { return nil }
        if start + 3 < tokens.endIndex, tokens[start + 3].range.start == tokens[start + 2].range.end, tokens[start + 3].shape == .punctuation,
            start + 4 < tokens.endIndex, tokens[start + 4].shape == .number
        {
            return nil
        }
        if separator.folded == dash, start + 3 < tokens.endIndex, tokens[start + 3].shape != .punctuation { return nil }
        let (day, month) = order == .mdy ? (b.value, a.value) : (a.value, b.value)
        guard month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month: month, year: 2024) else { return nil }
        let range = SourceRange(tokens[start].range.start, tokens[start + 2].range.end)
        return DateMention(range: range, tokens: start..<(start + 3), value: .dayMonth(month: month, day: day))
    }

    /// `Saturday 14th March 2026`, `14 Mar 26`, `14 Mar '26`, `14 of March`, `March 14, 2026`, `May 2026`.
    static func textual(_ tokens: ArraySlice<Token>, at start: Int, bytes: [UInt8]) -> DateMention? {
        var index = start
        // An optional weekday, perhaps with a comma: it starts the mention but adds nothing. (Only
        // a word names one: a number is not looked up.)
        if isWord(tokens[index]), weekday(tokens[index], bytes) != nil {
            var next = index + 1
            if next < tokens.endIndex, tokens[next].folded == comma { next += 1 }
            if next < tokens.endIndex, dayNumber(tokens[next], bytes) != nil { index = next } else { return nil }
        }
        if let day = dayNumber(tokens[index], bytes) {
            var next = index + 1
            if next < tokens.endIndex, tokens[next].folded == ofHash { next += 1 }
            guard next < tokens.endIndex, isWord(tokens[next]), let month = month(tokens[next], bytes) else { return nil }
            var end = next + 1
            if end < tokens.endIndex, tokens[end].folded == dot, tokens[end].range.start == tokens[next].range.end { end += 1 }
            var yearEnd = end
            if yearEnd < tokens.endIndex, tokens[yearEnd].folded == comma { yearEnd += 1 }
            // `14 Mar '26`: an apostrophe (straight or curly) standing for the century, right
            // before two digits.
            if yearEnd + 1 < tokens.endIndex, tokens[yearEnd].folded == Tokenizer.apostropheHash,
                tokens[yearEnd + 1].range.start == tokens[yearEnd].range.end, number(tokens[yearEnd + 1], bytes)?.digits == 2
            {
                yearEnd += 1
            }
            if yearEnd < tokens.endIndex, let year = year(tokens[yearEnd], bytes) {
                let range = SourceRange(tokens[start].range.start, tokens[yearEnd].range.end)
                let value: DateMention.Value = Day(year: year, month: month, day: day).map { .full($0) } ?? .impossible
                return DateMention(range: range, tokens: start..<(yearEnd + 1), value: value)
            }
            let range = SourceRange(tokens[start].range.start, tokens[next].range.end)
            let value: DateMention.Value =
                day >= 1 && day <= Day.daysIn(month: month, year: 2024) ? .dayMonth(month: month, day: day) : .impossible
            return DateMention(range: range, tokens: start..<(next + 1), value: value)
        }
        guard index == start, let month = month(tokens[index], bytes) else { return nil }
        var next = index + 1
        if next < tokens.endIndex, tokens[next].folded == dot, tokens[next].range.start == tokens[index].range.end { next += 1 }
        guard next < tokens.endIndex else { return nil }
        if let (value, digits) = number(tokens[next], bytes), digits == 4, let year = year(tokens[next], bytes), value == year {
            let range = SourceRange(tokens[index].range.start, tokens[next].range.end)
            return DateMention(range: range, tokens: index..<(next + 1), value: .monthYear(year: year, month: month))
        }
        guard let day = dayNumber(tokens[next], bytes) else { return nil }
        var yearIndex = next + 1
        if yearIndex < tokens.endIndex, tokens[yearIndex].folded == comma { yearIndex += 1 }
        if yearIndex < tokens.endIndex, let (_, digits) = number(tokens[yearIndex], bytes), digits == 4,
            let year = year(tokens[yearIndex], bytes)
        {
            let range = SourceRange(tokens[index].range.start, tokens[yearIndex].range.end)
            let value: DateMention.Value = Day(year: year, month: month, day: day).map { .full($0) } ?? .impossible
            return DateMention(range: range, tokens: index..<(yearIndex + 1), value: value)
        }
        let range = SourceRange(tokens[index].range.start, tokens[next].range.end)
        let value: DateMention.Value =
            day >= 1 && day <= Day.daysIn(month: month, year: 2024) ? .dayMonth(month: month, day: day) : .impossible
        return DateMention(range: range, tokens: index..<(next + 1), value: value)
    }
}
