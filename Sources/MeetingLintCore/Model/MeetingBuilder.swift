/// What the model needs besides the record: the vocabulary, the profiles and the settings that
/// change how text is read.
public struct ModelSettings: Sendable {
    /// The words records use.
    public var vocabulary: Vocabulary
    /// The meeting types.
    public var profiles: [Profile]
    /// The profile for a record whose type matches none (`generic` unless configured).
    public var defaultProfile: String
    /// How numeric dates are ordered.
    public var dateOrder: DateOrder
    /// Days other than weekends that are not working days.
    public var holidays: Set<Day>
    /// Each profile's `Matches` as a phrase set, built once.
    let profileMatchers: [(id: String, phrases: PhraseSet)]

    /// Creates settings.
    public init(vocabulary: Vocabulary, profiles: [Profile], defaultProfile: String = "generic", dateOrder: DateOrder = .dmy, holidays: Set<Day> = []) {
        self.vocabulary = vocabulary
        self.profiles = profiles
        self.defaultProfile = defaultProfile
        self.dateOrder = dateOrder
        self.holidays = holidays
        profileMatchers = profiles.map { ($0.id, PhraseSet($0.matches)) }
    }
}

extension Meeting {
    /// Builds the model of a record. Never fails.
    public init(document: Document, settings: ModelSettings) {
        var builder = MeetingBuilder(document: document, settings: settings)
        builder.build()
        self = builder.finish()
    }

    /// Parses a record and builds its model, as a check does: the parser is told the record's
    /// headings, so one typed at the left margin just after a list ends it
    /// (`MeetingBuilder.isLazyHeading`). Never fails.
    public init(parsing source: SourceFile, settings: ModelSettings) {
        let vocabulary = settings.vocabulary
        let document = Document(parsing: source, shortcuts: true) { MeetingBuilder.isLazyHeading(vocabulary, $0, $1) }
        self.init(document: document, settings: settings)
    }
}

/// Builds a `Meeting` from a `Document` in one walk over the tree, then a few passes over what the
/// walk collected.
struct MeetingBuilder {
    let document: Document
    let settings: ModelSettings
    var vocabulary: Vocabulary { settings.vocabulary }
    var meeting: Meeting
    let bytes: [UInt8]

    /// Open sections, innermost last (indexes into `meeting.sections`).
    var openSections: [Int] = []
    /// What the builder keeps of each section beside `meeting.sections`, one element a section:
    /// one array a record rather than one for each part.
    struct SectionPlace {
        /// The section's heading line index in `meeting.lines`.
        var headingLine: Int
        /// The section's context (`Section.context`, as opened during the walk) as a set of
        /// concept bits (`contextBit(_:)`): the walk asks of every line whether it stands in the
        /// plan, which the bits answer without reading (and retaining) the section's array.
        /// (0 for an analysis table's column, made after the walk.)
        var contextBits: UInt32
        /// The section's blocks in `sectionBlocks` (empty for a section that has none; set during
        /// the walk only).
        var blocks: Range<Int>
    }
    /// Each section's `SectionPlace`, by index into `meeting.sections`.
    var places: [SectionPlace] = []
    /// Whether a heading has opened a section yet (one with style `.heading` is in
    /// `meeting.sections`): kept rather than searched for, as a level-1 heading that may be the
    /// title asks, and a search from the start of thousands of bold pseudo-sections made every
    /// such heading cost them all.
    var openedHeadingSection = false
    /// The line of a numbered heading (`numberedHeadingLine(_:)`) that opened a section: the
    /// walk passes it by when it comes to it. -1 when there is none.
    var headingItemLine: Int32 = -1
    /// The number of the last numbered heading that opened a section (`numberedHeadingConcepts`),
    /// -1 before the first.
    var lastHeadingNumber = -1

    /// The top-level blocks met since `pendingBlocksSection` became the innermost open section,
    /// given to it in one piece (`flushBlocks()`) rather than appended to it one by one: the first
    /// `pendingCount` of `pendingBlocks`. The buffer is overwritten from the start rather than
    /// emptied, as emptying an array costs a replacement of its whole range.
    var pendingBlocks: [Int32] = []
    var pendingCount = 0
    var pendingBlocksSection = -1
    /// Room for the tokens of a short text read on its own (a child's name, a section's first
    /// words, a date field's value, the type's and title's text), lent in turn to each reader that
    /// needs it rather than made by each: moved out while it is used, so that it is not shared
    /// (and its room kept when it is emptied).
    var tokenRoom: [Token] = []
    /// Every section's blocks, each section's together: the sections' `blocks` are slices of it,
    /// one array a record rather than one a section. Filled during the walk (`flushBlocks()`),
    /// sliced once it is done.
    var sectionBlocks: [Int32] = []
    /// The child's names as folded word hashes, one array a name.
    var childNameWords: [[UInt64]] = []
    /// The words and initials of everyone listed as attending or sending apologies (and the
    /// child's names): a list, or a hash set when they are many.
    var knownPeople = ShortTokenSet()
    /// Every node in document order (the walk's order), found once.
    let order: [Int32]
    /// The HTML comments (`<!-- … -->`), in order, met by the walk: `readSuppressions()` reads
    /// them rather than going over every node again.
    var commentNodes: [Int32] = []
    /// The header rows of tables at the left margin that the walk met where no concept was in
    /// force, each with its first cell's line and whether it stood before any section
    /// (`readPeopleTablesWithoutHeading`).
    var unnamedTableHeaders: [(row: Int32, line: Int, atOpening: Bool)] = []

    init(document: Document, settings: ModelSettings) {
        // Only stores: the room the walk needs is made by `reserveRoom()`, from `build()`. A
        // mutation of `self` here made the whole builder be copied once initialised, and the
        // copy destroyed.
        self.document = document
        self.settings = settings
        meeting = Meeting(document: document)
        bytes = document.source.bytes
        order = document.descendants(of: Document.root)
    }

    /// Sets the meeting's settings and makes room, once, for what the walk appends.
    mutating func reserveRoom() {
        meeting.dateOrder = settings.dateOrder
        meeting.holidays = settings.holidays
        meeting.tokens.reserveCapacity(document.source.bytes.count / 4 + 16)
        // A line of text for every source line at most, and one for every table cell (a row's
        // cells are lines of their own): a row of thousands of cells no longer grows the array
        // by doubling, which held the old copy beside the new one.
        meeting.lines.reserveCapacity(document.source.lineStarts.count + document.cells.count + 16)
        // Room for a usual record's sections and fields, made once rather than grown from one.
        meeting.sections.reserveCapacity(32)
        meeting.fields.reserveCapacity(16)
        places.reserveCapacity(32)
        // Room for the most that the short texts read into `tokenRoom` usually need.
        tokenRoom.reserveCapacity(32)
        // A usual record's most top-level blocks in one section, so the buffer is not grown.
        pendingBlocks.reserveCapacity(16)
        openSections.reserveCapacity(8)
    }

    /// The meeting built, moved out of the builder (which is done with) rather than copied from
    /// it and the builder's copy then released field by field: swapped for an empty one, which
    /// holds no more than the document. (Returned from a `consuming` method, the meeting was still
    /// copied, every array and string retained, and the builder's released with the builder.)
    mutating func finish() -> Meeting {
        var built = Meeting(document: document)
        swap(&built, &meeting)
        return built
    }

    mutating func build() {
        reserveRoom()
        let (names, count, childValue, dateOfBirth) = childNames()
        (meeting.childNames, meeting.childCount) = (names, count)
        meeting.childrenTooYoungToBeTold = childValue.map(MeetingBuilder.allTooYoung) ?? false
        meeting.childUnborn = childValue.map(MeetingBuilder.namesUnborn) ?? false
        // (An expected date of delivery, `EDD 02/04/2026`, is no date of birth to measure.)
        if meeting.childUnborn { meeting.childrenTooYoungToBeTold = true }
        // One token buffer for every name (`tokenRoom`), and each name's words written straight
        // into its array.
        var nameTokens: [Token] = []
        swap(&nameTokens, &tokenRoom)
        childNameWords = meeting.childNames.map { MeetingBuilder.foldedWords(of: $0, tokens: &nameTokens) }
        swap(&nameTokens, &tokenRoom)
        walk()
        closeSections()
        readAnalysisTables()
        readPeopleTablesWithoutHeading()
        assessSubstance()
        readDates()
        if !meeting.childrenTooYoungToBeTold, let childValue, let day = meeting.meetingDate.day {
            // The child's date of birth in the `child` field's value or a field of its own.
            meeting.childrenTooYoungToBeTold = MeetingBuilder.bornUnderThree(
                childValue, dateOfBirth: dateOfBirth, children: meeting.childCount, meetingDay: day, order: settings.dateOrder)
        }
        readProfile()
        readPeople()
        indexSections(resolvedFamily: resolveFamilyHeadings())
        // Sized once: growing the list word by word costs more than filling it.
        var words = childNameWords.reduce(0) { $0 + $1.count }
        for index in meeting.attendees.indices { words += meeting.attendees[index].words.count + 1 }
        for index in meeting.apologies.indices { words += meeting.apologies[index].words.count + 1 }
        knownPeople = ShortTokenSet(minimumCapacity: words)
        // By index: a person copied out would retain every part of it. Each list read where it
        // stands (a loop over `[attendees, apologies]` makes an array of the two).
        for index in meeting.attendees.indices {
            knownPeople.formUnion(meeting.attendees[index].words)
            if let initials = meeting.attendees[index].initials { knownPeople.insert(initials) }
        }
        for index in meeting.apologies.indices {
            knownPeople.formUnion(meeting.apologies[index].words)
            if let initials = meeting.apologies[index].initials { knownPeople.insert(initials) }
        }
        for words in childNameWords { knownPeople.formUnion(words) }
        knownPeople.finish()
        readActions()
        readSuppressions()
        readAllDates()
        // One pass: a heading is a sentence of its own, so the body's sentences are the others.
        let sentences = meeting.splitSentences()
        meeting.sentencesWithHeadings = sentences
        meeting.bodySentences = MeetingBuilder.bodySentences(of: sentences, lines: meeting.lines)
    }

    /// The sentences that do not stand on a heading line, in order: written in place (a filter
    /// appends them one by one, checking the array's storage at each).
    static func bodySentences(of sentences: [Meeting.Sentence], lines: [TextLine]) -> [Meeting.Sentence] {
        Array(unsafeUninitializedCapacity: sentences.count) { buffer, initialized in
            var count = 0
            for sentence in sentences where lines[sentence.line].kind != .heading {
                buffer.initializeElement(at: count, to: sentence)
                count += 1
            }
            initialized = count
        }
    }
    // MARK: - Text helpers

    /// The folded hashes of a text's tokens that are not punctuation, in order. `tokens` is a
    /// buffer for the text's tokens, lent so that one serves many texts.
    static func foldedWords(of text: String, tokens: inout [Token]) -> [UInt64] {
        tokens.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count)
        for token in tokens where token.shape != .punctuation { words.append(token.folded) }
        return words
    }

    func text(_ range: SourceRange) -> String { document.text(range) }

    /// The plain text of a range of the record (`plain(_:_:)`).
    @inline(__always)
    func plain(_ range: SourceRange) -> String { MeetingBuilder.plain(bytes, range) }

    /// The plain text of a range: emphasis and code marks dropped, spaces collapsed. Works on the
    /// record's bytes; `vectorised` copies up to sixteen bytes at once where they stand as they are
    /// (false reads a byte at a time, for the tests to compare).
    static func plain(_ bytes: [UInt8], _ range: SourceRange, vectorised: Bool = true) -> String {
        guard range.count > 0 else { return "" }
        // The range is checked once here; the loop then reads the bytes unchecked.
        precondition(range.start >= 0 && range.end <= bytes.count, "range outside the bytes")
        // Written straight into the string's storage: one allocation (none for short text). The
        // output never runs ahead of the input, so bytes copied as they were read always fit.
        return String(unsafeUninitializedCapacity: range.count) { output in
            var count = 0
            var pendingSpace = false
            // The whole record is lent, not just the range: a block of the text's last bytes may
            // be read with the record's bytes after it (which are then masked off, never copied).
            bytes.withUnsafeBufferPointer { record in
                guard let recordBase = record.baseAddress, let out = output.baseAddress else { return }
                let base = recordBase + range.start
                let textCount = range.count
                // How many bytes from `base` on may be read: the rest of the record.
                let readable = record.count - range.start
                var index = 0
                // Where a block that could not be copied whole ends: it is read a byte at a time.
                var bytewiseUntil = vectorised ? 0 : textCount
                while index < textCount {
                    if index >= bytewiseUntil, !pendingSpace, index + 17 <= readable {
                        let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                        let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                        let remaining = textCount - index
                        if standsAsItIs(block, followedBy: next, remaining: remaining, atStart: count == 0) {
                            if remaining >= 16 {
                                UnsafeMutableRawPointer(out + count).storeBytes(of: block, as: SIMD16<UInt8>.self)
                                count += 16
                                index += 16
                            } else {
                                // The text's last bytes: only they are copied, the output ends with them.
                                UnsafeMutableRawPointer(out + count).copyMemory(from: base + index, byteCount: remaining)
                                count += remaining
                                index += remaining
                            }
                            continue
                        }
                        bytewiseUntil = index + 16
                    }
                    let byte = base[index]
                    index += 1
                    // Every byte dropped or read as a space is `*`, `` ` `` or below `*`: one test
                    // passes over the rest.
                    if byte <= UInt8(ascii: "*") || byte == UInt8(ascii: "`") {
                        if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`") { continue }
                        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                            pendingSpace = count > 0
                            continue
                        }
                    }
                    if pendingSpace {
                        output[count] = UInt8(ascii: " ")
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = byte
                    count += 1
                }
            }
            // `__text__` emphasis, but not inner underscores.
            var start = 0
            var end = count
            while start < end, output[start] == UInt8(ascii: "_") { start += 1 }
            while end > start, output[end - 1] == UInt8(ascii: "_") { end -= 1 }
            while start < end, output[start] == UInt8(ascii: " ") { start += 1 }
            while end > start, output[end - 1] == UInt8(ascii: " ") { end -= 1 }
            if start > 0 {
                for offset in 0..<(end - start) { output[offset] = output[start + offset] }
            }
            return end - start
        }
    }

    /// Whether the text's next bytes go into plain text just as they stand: the first
    /// `min(remaining, 16)` lanes of `block` (the lanes past the text's end are not its bytes, and
    /// are not looked at) hold no mark to drop (`*`, `` ` ``) and no control byte, and every space a
    /// single one before a byte that stands (`next` holds the bytes one on; the byte after the
    /// text's last is taken as dropped, since a space there is trimmed), and not first in the text
    /// (where a space is dropped).
    @inline(__always)
    static func standsAsItIs(_ block: SIMD16<UInt8>, followedBy next: SIMD16<UInt8>, remaining: Int, atStart: Bool) -> Bool {
        let space = SIMD16<UInt8>(repeating: UInt8(ascii: " "))
        let asterisk = SIMD16<UInt8>(repeating: UInt8(ascii: "*"))
        let backtick = SIMD16<UInt8>(repeating: UInt8(ascii: "`"))
        let laneNumbers = SIMD16<UInt8>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        // Lanes at or past `inText` are not the text's; from `nextOutside` on, the next byte is not.
        let inText = SIMD16<UInt8>(repeating: UInt8(min(remaining, 16)))
        let nextOutside = SIMD16<UInt8>(repeating: UInt8(min(remaining - 1, 16)))
        let outside = laneNumbers .>= inText
        let dropped = (block .< space) .| (block .== asterisk) .| (block .== backtick)
        let nextDropped = (next .<= space) .| (next .== asterisk) .| (next .== backtick) .| (laneNumbers .>= nextOutside)
        let looseSpace = (block .== space) .& nextDropped
        // The mask's lanes as two words: zero where no lane is set, at two instructions.
        let lanes = unsafeBitCast((dropped .| looseSpace) .& .!outside, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] == 0 && !(atStart && block[0] == UInt8(ascii: " "))
    }

    /// Tokens of a range that is not (necessarily) a whole line.
    func tokens(in range: SourceRange) -> [Token] {
        var result: [Token] = []
        Tokenizer.tokenize(bytes, range, into: &result)
        return result
    }

    // MARK: - Child

    /// The child's names and initials, from the first `child` field anywhere near the top, and
    /// their date of birth where a field of its own gives it (`**DOB:** 03/05/2026`).
    func childNames() -> ([String], Int, String?, String?) {
        var value: String?
        // Where the title stands: its text is made only if no child field is found.
        var title: SourceRange?
        var dateOfBirth: String?
        // Where in `order` the child field stands.
        var childFieldIndex: Int?
        for (position, index) in order.enumerated() {
            let node = document[index]
            switch node.kind {
            case .frontMatterField, .fieldLine:
                let key = vocabulary.fieldKey(bytes, node.key)
                if key == .child {
                    value = childValue(key: node.key, plain(node.content))
                    childFieldIndex = position
                    // `Child's name and DOB: Freya M., 03/05/2026`: the value gives the date too.
                    if MeetingBuilder.namesDateOfBirth(bytes, node.key) { dateOfBirth = value }
                } else if key == .title, title == nil {
                    // `Subject: CIN meeting notes – Amelia R. (9)`: a title given as a field.
                    title = node.content
                }
            case .tableRow:
                let cells = document.cells(of: index)
                guard cells.count >= 2, let first = cells.first else { break }
                let key = vocabulary.fieldKey(bytes, first)
                if key == .child {
                    value = childValue(key: first, plain(cells[cells.startIndex + 1]))
                    childFieldIndex = position
                    if MeetingBuilder.namesDateOfBirth(bytes, first) { dateOfBirth = value }
                }
            case .heading where node.level == 1 && title == nil:
                title = node.content
            case .heading:
                break
            default:
                break
            }
            if value != nil { break }
        }
        // A date of birth on a line of its own just after the child's name (`**DOB:** 03/05/2026`,
        // `| DOB | 03/05/2026 |`), looked for there only: no other line of the record pays for it.
        if value != nil, dateOfBirth == nil, let at = childFieldIndex {
            nodes: for index in order[(at + 1)...].prefix(MeetingBuilder.dateOfBirthReach) {
                let node = document[index]
                switch node.kind {
                case .heading:
                    break nodes
                case .frontMatterField, .fieldLine:
                    guard vocabulary.isDateOfBirthKey(bytes, node.key) else { continue }
                    dateOfBirth = plain(node.content)
                    break nodes
                case .tableRow:
                    let cells = document.cells(of: index)
                    guard cells.count >= 2, let first = cells.first, vocabulary.isDateOfBirthKey(bytes, first) else { continue }
                    dateOfBirth = plain(cells[cells.startIndex + 1])
                    break nodes
                default:
                    continue
                }
            }
        }
        if let value, !value.isEmpty {
            let (names, count) = MeetingBuilder.childNames(in: value)
            return (names, count, value, dateOfBirth)
        }
        // No child field: a title such as `CIN meeting – KACPER (14) – 21/05/2026` or
        // `Core group for A.` may name the child; with no `#`, the record's first line may be one.
        if let title = title ?? plainTitleLine()?.text, let name = titleChildName(plain(title)) {
            let (names, count) = MeetingBuilder.childNames(in: name)
            return (names, count, name, dateOfBirth)
        }
        return ([], 0, nil, nil)
    }

    /// Whether a `child` value names only children not yet born: each of its parts (asides in
    /// brackets left out, `Unborn baby M (EDD 02/04/2026)`) holds `unborn` or `pre-birth`.
    static func namesUnborn(_ value: String) -> Bool {
        // Most values hold neither word: told from their bytes, with nothing made.
        guard TextKey.holdsFolded(value, "unborn") || TextKey.holdsFolded(value, "birth") else { return false }
        var withoutAsides = ""
        var depth = 0
        for character in value.lowercased() {
            if character == "(" || character == "[" { depth += 1 } else if character == ")" || character == "]" { depth = max(0, depth - 1) } else if depth == 0 { withoutAsides.append(character) }
        }
        let parts = TextKey.split(withoutAsides, at: MeetingBuilder.childSeparators).filter { !$0.trimmingSpaces.isEmpty }
        return !parts.isEmpty && parts.allSatisfy { part in
            TextKey.holds(part, "unborn") || TextKey.holds(part, "pre-birth") || TextKey.holds(part, "prebirth")
        }
    }

    /// Whether a `child` field's key names the date of birth too (`Child's name and DOB`): it
    /// holds one of `birthCues`.
    static func namesDateOfBirth(_ bytes: [UInt8], _ key: SourceRange) -> Bool {
        holdsBirthCue(bytes[key.start..<key.end].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 })
    }

    /// Whether lower-cased bytes hold one of `birthCues`.
    static func holdsBirthCue<Bytes: RandomAccessCollection<UInt8>>(_ lower: Bytes) -> Bool where Bytes.Index == Int {
        birthCues.contains { TextKey.firstOffset(of: $0, in: lower) != nil }
    }

    /// A `child` field's value as it names the child: for a key that names the baby by its
    /// parent (`Unborn baby of: Jade T. (mother, 19)`), the key itself, `Unborn baby of`: one
    /// child, a baby, with no name of their own (`names(in:)`), the parent's name and age no
    /// child's.
    func childValue(key: SourceRange, _ value: String) -> String {
        var text = plain(key).trimmingSpaces
        if text.hasSuffix(":") { text = String(text.dropLast()).trimmingSpaces }
        guard text.utf8.count > 3, text.lowercased().hasSuffix(" of") else { return value }
        return text
    }

    /// Whether every child a `child` value names is a baby or under three: `Poppy (5 months)`,
    /// `Baby W.`, `unborn baby`, `Maya (2)`, `aged 18 months`.
    static func allTooYoung(_ value: String) -> Bool {
        if value.isASCII { return asciiAllTooYoung(value) }
        let lower = value.lowercased()
        // A date of birth would need the meeting's date; leave it to the reader.
        if TextKey.holds(lower, "dob") || holdsBornNotUnborn(Array(lower.utf8)) || lower.utf8.contains(UInt8(ascii: "/")) { return false }
        let parts = TextKey.split(lower, at: [",", ";", " and ", "&"]).filter { !$0.trimmingSpaces.isEmpty }
        guard !parts.isEmpty else { return false }
        var ages = AgesRead()
        for part in parts {
            let words = MeetingBuilder.alphanumericRuns(part)
            var young: Bool?
            if words.contains(where: { MeetingBuilder.youngestWords.contains(String($0)) }) { young = true }
            for (index, word) in words.enumerated() where young == nil {
                let digits = MeetingBuilder.numberPrefix(word)
                guard let age = Int(digits) else { continue }
                let unit = word.count > digits.count ? String(word.dropFirst(digits.count)) : index + 1 < words.count ? String(words[index + 1]) : ""
                young = MeetingBuilder.shortAgeUnits.contains(unit) || age < 3
            }
            let ageOnly = MeetingBuilder.startsWithNumber(part.trimmingSpaces)
            if !ages.read(young: young, ageOnly: ageOnly) { return false }
        }
        return ages.allYoung
    }

    /// The verdicts of a `child` value's parts, read in order: each part that gives an age says
    /// whether that child is too young, and a part that is an age alone (`Freya M., 6 months`)
    /// gives the age of the part before it that named a child without one.
    struct AgesRead {
        /// Parts that named a child with no age, not yet given one.
        var unaged = 0

        /// Reads one part's verdict (`nil` where it gives no age); false when a child is old enough.
        mutating func read(young: Bool?, ageOnly: Bool) -> Bool {
            guard let young else {
                unaged += 1
                return true
            }
            if ageOnly, unaged > 0 { unaged -= 1 }
            return young
        }

        /// Whether every child read was given an age, and so was too young.
        var allYoung: Bool { unaged == 0 }
    }

    /// Whether every child's date of birth is given and each is under three years before the
    /// meeting: what `allTooYoung(_:)` leaves to the reader without the meeting's date. In the
    /// `child` value a date counts when a word just before it says it is one (`Freya M. (born
    /// 03/05/2026)`, `A. (DOB 01/02/2025)`, `Baby R., due 14/06/2026`): `Sofia K. (7), on a plan
    /// since 12/03/2026` is no baby. Every date of `dateOfBirth` counts: a field of its own
    /// (`DOB: 03/05/2026`), or the `child` value when its key names the date of birth too.
    static func bornUnderThree(_ value: String, dateOfBirth: String?, children: Int, meetingDay: Day, order: DateOrder) -> Bool {
        var born = 0
        /// Counts the dates of birth in `text`, those after a word of `birthCues` only if `cued`;
        /// false if one is three years or more before the meeting.
        func count(_ text: String, cued: Bool) -> Bool {
            // Only a text that gives a date: most give a name and an age (and read no further).
            let utf8 = text.utf8
            guard utf8.contains(UInt8(ascii: "/")) || utf8.contains(UInt8(ascii: "-")) || TextKey.holds(text, "20") else { return true }
            let lower = text.lowercased()
            let bytes = Array(lower.utf8)
            for mention in DateReader.mentions(in: Tokenizer.tokens(of: lower)[...], bytes: bytes, order: order) {
                guard case .full(let day) = mention.value else { continue }
                if cued, !MeetingBuilder.holdsBirthCue(bytes[max(0, mention.range.start - MeetingBuilder.birthCueReach)..<mention.range.start]) { continue }
                guard meetingDay.number - day.number < MeetingBuilder.threeYears else { return false }
                born += 1
            }
            return true
        }
        // The value read once: as the date of birth itself where its key says so.
        if dateOfBirth != value, !count(value, cued: true) { return false }
        if let dateOfBirth, !count(dateOfBirth, cued: false) { return false }
        return born > 0 && born >= children
    }

    /// Words just before a date in a `child` value that make it a date of birth (or of a birth to come).
    static let birthCues: [StaticString] = ["dob", "d.o.b", "born", "birth", "due", "edd"]

    /// How many bytes before a date a word of `birthCues` is looked for (`DOB: `, `born on the `).
    static let birthCueReach = 12

    /// The longest line, in bytes, that may stand before a plain-line heading without ending a
    /// sentence: a line of wrapped prose is longer.
    static let shortLine = 60

    /// How many nodes after the child field a field giving their date of birth is looked for.
    static let dateOfBirthReach = 6

    /// Three years at their shortest, in days: a child fewer days old than this is under three.
    static let threeYears = 3 * 365

    /// `youngestWords` and `shortAgeUnits` as bytes, for ASCII words.
    static let youngestWordBytes = youngestWords.map { Array($0.utf8) }
    static let shortAgeUnitBytes = shortAgeUnits.map { Array($0.utf8) }

    /// `allTooYoung(_:)` of plain ASCII text, read on its bytes (lower-cased byte for byte), its
    /// parts and words kept as ranges rather than made into strings. The lower-cased bytes and
    /// the words' ranges are kept in temporary room (on the stack unless the value is long), and
    /// the parts found one at a time: no arrays are made.
    static func asciiAllTooYoung(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { utf8 -> Bool in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { lowerRoom -> Bool in
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    lowerRoom[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                }
                return asciiAllTooYoung(lowered: UnsafeBufferPointer(rebasing: lowerRoom[0..<utf8.count]))
            }
        }
    }

    /// Whether lower-cased bytes hold `born` (`born 02/05/2025`) other than in `unborn`, which
    /// says the child is a baby rather than when they were born.
    static func holdsBornNotUnborn<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var from = bytes.startIndex
        while from < bytes.endIndex, let offset = TextKey.firstOffset(of: "born", in: bytes[from...]) {
            let unborn = offset - 2 >= bytes.startIndex && bytes[offset - 2] == UInt8(ascii: "u") && bytes[offset - 1] == UInt8(ascii: "n")
            if !unborn { return true }
            from = offset + 4
        }
        return false
    }

    /// `asciiAllTooYoung(_:)` of the value's bytes, lower-cased.
    private static func asciiAllTooYoung(lowered bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A date of birth would need the meeting's date; leave it to the reader.
        if TextKey.firstOffset(of: "dob", in: bytes) != nil || holdsBornNotUnborn(bytes) || bytes.contains(UInt8(ascii: "/")) {
            return false
        }
        func isListed(_ range: Range<Int>, in listed: [[UInt8]]) -> Bool {
            listed.contains { $0.count == range.count && $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[range])) }
        }
        // Room for every part's words, one part's at a time: a word is a run of one byte or
        // more, and runs are apart, so a part of n bytes has at most n / 2 + 1 of them.
        let wordCapacity = bytes.count / 2 + 1
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: wordCapacity) { wordRoom -> Bool in
            func isTooYoung(_ part: Range<Int>) -> Bool? {
                // The part's runs of letters and digits (`alphanumericRuns(_:)`).
                var wordCount = 0
                var start: Int?
                for index in part.lowerBound...part.upperBound {
                    var alphanumeric = false
                    if index < part.upperBound {
                        let byte = bytes[index]
                        let letter = byte | 0x20
                        alphanumeric = (letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z")) || Tokenizer.isDigit(byte)
                    }
                    if alphanumeric, start == nil { start = index }
                    if !alphanumeric, let first = start {
                        // Never full (see above); the test keeps the write in bounds regardless.
                        if wordCount < wordRoom.count {
                            wordRoom[wordCount] = first..<index
                            wordCount += 1
                        }
                        start = nil
                    }
                }
                let words = UnsafeBufferPointer(rebasing: wordRoom[0..<wordCount])
                if words.contains(where: { isListed($0, in: MeetingBuilder.youngestWordBytes) }) { return true }
                for (position, word) in words.enumerated() {
                    var digitsEnd = word.lowerBound
                    while digitsEnd < word.upperBound, Tokenizer.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                    guard digitsEnd > word.lowerBound,
                        let age = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<digitsEnd]), as: UTF8.self))
                    else { continue }
                    let unit = digitsEnd < word.upperBound ? digitsEnd..<word.upperBound : position + 1 < words.count ? words[position + 1] : digitsEnd..<digitsEnd
                    if isListed(unit, in: MeetingBuilder.shortAgeUnitBytes) { return true }
                    return age < 3
                }
                return nil
            }
            // Every part that is not blank too young (an age alone giving the age of the part
            // before it), and one part at least: read part by part, without a list of the parts kept.
            var anyPart = false
            var ages = AgesRead()
            for part in TextKey.parts(of: bytes, at: MeetingBuilder.ageSeparators) {
                guard let first = part.first(where: { bytes[$0] != UInt8(ascii: " ") && bytes[$0] != UInt8(ascii: "\t") }) else { continue }
                anyPart = true
                if !ages.read(young: isTooYoung(part), ageOnly: Tokenizer.isDigit(bytes[first])) { return false }
            }
            return anyPart && ages.allYoung
        }
    }

    /// Where a `child` value separates one child's age from the next.
    static let ageSeparators: [StaticString] = [",", ";", " and ", "&"]

    /// Whether a word's first character is a number (`Character.isNumber`), read from its first
    /// byte where that is ASCII: an ASCII byte is the first scalar, and of those only digits are
    /// numbers.
    static func startsWithNumber<Text: StringProtocol>(_ word: Text) -> Bool {
        guard let byte = word.utf8.first else { return false }
        guard byte >= 0x80 else { return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return word.first?.isNumber == true
    }

    /// A word's leading characters that are numbers (`word.prefix { $0.isNumber }`), read on bytes
    /// while they are ASCII digits followed by an ASCII byte or the end: each digit is then a
    /// character of its own.
    static func numberPrefix(_ word: Substring) -> Substring {
        let utf8 = word.utf8
        var end = utf8.startIndex
        while end < utf8.endIndex, utf8[end] >= UInt8(ascii: "0"), utf8[end] <= UInt8(ascii: "9") { end = utf8.index(after: end) }
        guard end == utf8.endIndex || utf8[end] < 0x80 else { return word.prefix { $0.isNumber } }
        return word[word.startIndex..<end]
    }

    /// The runs of letters and digits in text, split on bytes where it is ASCII (whose letters and
    /// digits are what `Character.isLetter` and `isNumber` say of them).
    static func alphanumericRuns(_ text: String) -> [Substring] {
        guard text.isASCII else { return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        let utf8 = text.utf8
        var runs: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let lower = byte | 0x20
            let alphanumeric = (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if alphanumeric, start == nil { start = index }
            if !alphanumeric, let first = start {
                runs.append(text[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { runs.append(text[first...]) }
        return runs
    }

    /// The child a title names: the words after `for`, `re`, `regarding` or `about`, or a dash- or
    /// colon-separated part of one to three capitalised words that is not the meeting's type or a date.
    func titleChildName(_ title: String) -> String? {
        let bytes = Array(title.utf8)
        let tokens = Tokenizer.tokens(of: title)
        func capitalised(_ token: Token) -> Bool {
            token.shape == .initial || token.shape == .upperWord
                || (token.shape == .word && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z"))
        }
        func name(_ slice: ArraySlice<Token>) -> String? {
            var words = slice.filter { $0.folded != Meeting.fullStop }
            if let bracket = words.firstIndex(where: { $0.folded == MeetingBuilder.openBracket }) { words = Array(words[..<bracket]) }
            guard !words.isEmpty, words.count <= 3, words.allSatisfy(capitalised) else { return nil }
            // Not the meeting's own words: its type, `review`, `meeting`, `minutes`.
            let phrase = slice[...]
            if settings.profileMatchers.contains(where: { $0.phrases.firstMatch(in: phrase) != nil }) { return nil }
            if vocabulary.reviewWords.firstMatch(in: phrase) != nil || MeetingBuilder.titleWords.contains(words[0].folded) { return nil }
            guard let first = slice.first, let last = slice.last else { return nil }
            return String(decoding: bytes[first.range.start..<last.range.end], as: UTF8.self)
        }
        // `… for Sofia K.`
        for (index, token) in tokens.enumerated() where MeetingBuilder.aboutWords.contains(token.folded) {
            var end = index + 1
            while end < tokens.count, end - index <= 5, tokens[end].isWord || tokens[end].folded == Meeting.fullStop { end += 1 }
            if end > index + 1, let found = name(tokens[(index + 1)..<end]) { return found }
        }
        // `… – KACPER (14) – …`
        var start = 0
        for index in 0...tokens.count {
            let separates = index == tokens.count || MeetingBuilder.isLongDash(tokens[index].folded)
                || tokens[index].folded == MeetingBuilder.colon || tokens[index].folded == MeetingBuilder.verticalBar
                || (tokens[index].folded == MeetingBuilder.hyphen && isSpaced(tokens, index))
            guard separates else { continue }
            if index > start, start > 0 || index < tokens.count {
                let part = tokens[start..<index]
                if DateReader.firstMention(in: part, bytes: bytes, order: settings.dateOrder) == nil, let found = name(part) { return found }
            }
            start = index + 1
        }
        return nil
    }

    static let aboutWords = TokenSet(words: ["for", "re", "regarding", "about", "concerning"])
    static let titleWords = TokenSet(words: ["meeting", "minutes", "notes", "record", "plan", "review", "group", "conference", "agenda", "draft", "final", "confidential", "official", "sensitive",
        // An email's subject: `RE: CIN notes - Amelia`.
        "re", "fw", "fwd"])

    static let babyWords: Set<String> = ["baby", "unborn", "infant"]
    static let youngestWords: Set<String> = ["baby", "unborn", "infant", "newborn"]
    static let shortAgeUnits: Set<String> = ["months", "month", "mths", "m", "weeks", "week", "wks", "w"]
    static let ageWords: Set<String> = ["age", "aged", "dob", "d.o.b", "d.o.b.", "born", "(dob"]

    /// `Sofia K. (7) and Leo K. (4)` → `Sofia K.`, `Sofia`, `SK`, `Leo K.`, `Leo`, `LK`.
    static func names(in value: String) -> ([String], Int) {
        value.isASCII ? asciiNames(in: value) : otherNames(in: value)
    }

    /// `names(in:)`, and the names in brackets (`bracketedNames(in:)`): `K.M. (Kai), age 15`
    /// names a child who goes by `Kai` too.
    static func childNames(in value: String) -> ([String], Int) {
        var (names, count) = names(in: value)
        // A bracket whose first letter may be a capital may hold a name (`(Kai)`, `( Kai)`,
        // `(K.M.)`, `(Élodie)`); most open with an age (`(7)`) or a lower-case note, told from
        // their bytes.
        var text = value
        let mayName = text.withUTF8 { bytes in
            bytes.indices.contains { open in
                guard bytes[open] == UInt8(ascii: "(") else { return false }
                guard let first = bytes[(open + 1)...].first(where: { $0 != UInt8(ascii: " ") }) else { return false }
                return first >= 0x80 || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            }
        }
        if mayName {
            for name in bracketedNames(in: value) where !names.contains(name) { names.append(name) }
        }
        return (names, count)
    }

    /// The names given in brackets in a `child` value (`K.M. (Kai)`, `Kai (K.M.)`): a bracket
    /// holding one or two words, each a capitalised name (`Kai`, `Lily-Mae`) or initials
    /// (`K.M.`). Ages, dates of birth and notes (`(7)`, `(DOB 04/09/2011)`, `(unborn)`) are none.
    static func bracketedNames(in value: String) -> [String] {
        var found: [String] = []
        var aside = ""
        var depth = 0
        for character in value {
            if character == "(" {
                depth += 1
                if depth == 1 { aside = "" }
            } else if character == ")", depth > 0 {
                depth -= 1
                if depth == 0, isBracketedName(aside) { found.append(aside.trimmingSpaces) }
            } else if depth == 1 {
                aside.append(character)
            }
        }
        return found
    }

    /// Whether a bracket's text is a name or initials (`bracketedNames(in:)`).
    private static func isBracketedName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase, !babyWords.contains(word.lowercased()), !ageWords.contains(word.lowercased()) else { return false }
            // Initials: capitals each followed by a full stop (`K.M.`, `K.M`).
            if word.contains(".") {
                return word.enumerated().allSatisfy { offset, character in offset % 2 == 0 ? character.isUppercase : character == "." }
            }
            // A name: letters (an apostrophe or hyphen between), some of them lower case.
            return word.contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
        }
    }

    /// `names(in:)` of text that is not plain ASCII, read by characters.
    private static func otherNames(in value: String) -> ([String], Int) {
        var withoutAsides = ""
        var depth = 0
        for character in value {
            if character == "(" || character == "[" { depth += 1 } else if character == ")" || character == "]" { depth = max(0, depth - 1) } else if depth == 0 { withoutAsides.append(character) }
        }
        let parts = TextKey.split(withoutAsides, at: MeetingBuilder.childSeparators)
        var names: [String] = []
        var children = 0
        for part in parts {
            // Split on bytes where ASCII: there a space is always a character of its own.
            var words = part.isASCII ? part.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) } : part.split(separator: " ").map(String.init)
            // `Baby Poppy W.`: the word for a baby is not a name.
            let wordCount = words.count
            while let first = words.first, MeetingBuilder.babyWords.contains(first.lowercased()) { words.removeFirst() }
            // `Unborn baby of Jade T.`: a baby named by a parent, the parent's name no child's.
            if words.count < wordCount, words.first?.lowercased() == "of" {
                children += 1
                continue
            }
            // Drop ages and dates of birth: `age 7`, `DOB 01/02/2019`, `7 years`.
            if let cut = words.firstIndex(where: { MeetingBuilder.ageWords.contains($0.lowercased()) || MeetingBuilder.startsWithNumber($0) }) {
                words = Array(words[..<cut])
            }
            guard !words.isEmpty else { continue }
            let name = words.joined(separator: " ")
            children += 1
            names.append(name)
            if words.count > 1 {
                names.append(words[0])
                let initials = words.compactMap { $0.first }.map(String.init).joined()
                if initials.count > 1 { names.append(initials) }
            }
        }
        return (names.filter { $0.utf8.count < 60 || $0.count < 60 }, children)
    }

    /// Where the `child` value separates one child from the next.
    static let childSeparators: [StaticString] = [",", ";", " and ", "&", "/", " + "]

    /// `babyWords` and `ageWords` as bytes, for ASCII words (which lower-case byte for byte).
    static let babyWordBytes = babyWords.map { Array($0.utf8) }
    static let ofWordBytes = [Array("of".utf8)]
    static let ageWordBytes = ageWords.map { Array($0.utf8) }

    /// `names(in:)` of plain ASCII text, read on its bytes: words are ranges of the text until
    /// a string is made of those kept (a character is a byte, a space a character of its own, and
    /// lower case is a byte's own).
    static func asciiNames(in value: String) -> ([String], Int) {
        var names: [String] = []
        // A child's name, first name and initials: room for two children's made once.
        names.reserveCapacity(6)
        var children = 0
        // The bytes kept and the words' ranges are held in temporary room (on the stack unless
        // the value is long), and the parts found one at a time: no arrays are made but `names`.
        var value = value
        value.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { keptRoom in
                // Asides (`(7)`, `[DOB …]`) dropped, as the characters' reading drops them.
                var keptCount = 0
                var depth = 0
                for byte in utf8 {
                    if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                        depth = max(0, depth - 1)
                    } else if depth == 0 {
                        keptRoom[keptCount] = byte
                        keptCount += 1
                    }
                }
                asciiNames(kept: UnsafeBufferPointer(rebasing: keptRoom[0..<keptCount]), into: &names, children: &children)
            }
        }
        // Names are seldom long: the list is filtered only if one might be too long.
        guard names.contains(where: { $0.utf8.count >= 60 }) else { return (names, children) }
        return (names.filter { $0.utf8.count < 60 || $0.count < 60 }, children)
    }

    /// `asciiNames(in:)` of the value's bytes with its asides dropped: appends each child's
    /// names to `names`, and counts the children.
    private static func asciiNames(kept bytes: UnsafeBufferPointer<UInt8>, into names: inout [String], children: inout Int) {
        // Room for a part's words: a word is a run of one byte or more, and words are apart, so
        // a part of n bytes has at most n / 2 + 1 of them.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { wordRoom in
            /// Whether the word at `range`, lower-cased, is one of `listed`.
            func isListed(_ range: Range<Int>, in listed: [[UInt8]]) -> Bool {
                listed.contains { word in
                    word.count == range.count && word.indices.allSatisfy { offset in
                        let byte = bytes[range.lowerBound + offset]
                        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                        return lower == word[offset]
                    }
                }
            }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            for part in TextKey.parts(of: bytes, at: MeetingBuilder.childSeparators) {
                // The part's words: its runs of bytes other than spaces.
                var wordCount = 0
                var start = part.lowerBound
                for index in part.lowerBound...part.upperBound where index == part.upperBound || bytes[index] == UInt8(ascii: " ") {
                    // Never full (see above); the test keeps the write in bounds regardless.
                    if index > start, wordCount < wordRoom.count {
                        wordRoom[wordCount] = start..<index
                        wordCount += 1
                    }
                    start = index + 1
                }
                let words = UnsafeBufferPointer(rebasing: wordRoom[0..<wordCount])
                // `Baby Poppy W.`: the word for a baby is not a name.
                var first = 0
                while first < words.count, isListed(words[first], in: MeetingBuilder.babyWordBytes) { first += 1 }
                // `Unborn baby of Jade T.`: a baby named by a parent, the parent's name no child's.
                if first > 0, first < words.count, isListed(words[first], in: MeetingBuilder.ofWordBytes) {
                    children += 1
                    continue
                }
                // Drop ages and dates of birth: `age 7`, `DOB 01/02/2019`, `7 years`.
                var end = first
                while end < words.count, !isListed(words[end], in: MeetingBuilder.ageWordBytes), !Tokenizer.isDigit(bytes[words[end].lowerBound]) { end += 1 }
                guard end > first else { continue }
                // The words joined with one space each, written straight into the string (ASCII,
                // so valid UTF-8).
                var length = end - first - 1
                for index in first..<end { length += words[index].count }
                let name = String(unsafeUninitializedCapacity: length) { output in
                    var count = 0
                    for index in first..<end {
                        if index > first {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                        }
                        for offset in words[index] {
                            output[count] = bytes[offset]
                            count += 1
                        }
                    }
                    return count
                }
                children += 1
                names.append(name)
                if end - first > 1 {
                    names.append(string(words[first]))
                    // Each word's first character: its first byte, or CR LF, the one pair of
                    // ASCII bytes that is a single character.
                    let initialsText = String(unsafeUninitializedCapacity: 2 * (end - first)) { output in
                        var count = 0
                        for word in words[first..<end] {
                            output[count] = bytes[word.lowerBound]
                            count += 1
                            if bytes[word.lowerBound] == UInt8(ascii: "\r"), word.count > 1, bytes[word.lowerBound + 1] == UInt8(ascii: "\n") {
                                output[count] = UInt8(ascii: "\n")
                                count += 1
                            }
                        }
                        return count
                    }
                    if initialsText.count > 1 { names.append(initialsText) }
                }
            }
        }
    }

    // MARK: - The walk

    /// Visits every node in order, opening sections at headings, recording lines and tokens, and
    /// reading metadata fields.
    mutating func walk() {
        // Room for a usual record's blocks and sections, made once rather than grown from one.
        sectionBlocks.reserveCapacity(64)
        let reading = WalkReading(vocabulary: vocabulary, bytes: bytes, childNames: meeting.childNames, memo: vocabulary.headingMemoShard)
        for index in order {
            let node = document[index]
            let parent = node.parent
            switch node.kind {
            case .frontMatterField:
                addLine(node.content, kind: .frontMatter, node: index)
                addField(key: node.key, value: node.content, line: node.range, context: ConceptSet(), inFrontMatter: true)
            case .heading:
                if parent == Document.root {
                    openHeadingSection(index, node, reading)
                } else {
                    addLine(node.content, kind: .text, node: index)
                }
            case .textLine, .fieldLine:
                if index == headingItemLine { continue }
                readParagraphLine(index, node, reading)
            case .tableRow:
                readTableRow(index, node, reading)
            default:
                if node.kind == .htmlComment { commentNodes.append(index) }
                guard parent == Document.root else { continue }
                if node.kind == .list, let line = numberedHeadingLine(node), let concepts = numberedHeadingConcepts(node, line, reading) {
                    // The list is the heading, no block of the section before it. A key's title
                    // is the key, without its colon (`1. Purpose:`).
                    let heading = document[line]
                    openPseudoSection(concepts: concepts, titleRange: heading.kind == .fieldLine ? heading.key : heading.range, node: line, range: heading.range)
                    headingItemLine = line
                    continue
                }
                if let section = openSections.last {
                    if section != pendingBlocksSection {
                        flushBlocks()
                        pendingBlocksSection = section
                    }
                    if pendingCount < pendingBlocks.count {
                        pendingBlocks[pendingCount] = index
                    } else {
                        pendingBlocks.append(index)
                    }
                    pendingCount += 1
                }
            }
        }
        flushBlocks()
        tokenizeLines()
        // Sliced only now: a slice taken while `sectionBlocks` still grew would make the next
        // append copy it.
        let all = sectionBlocks
        for index in places.indices where !places[index].blocks.isEmpty { meeting.sections[index].blocks = all[places[index].blocks] }
    }

    /// Gives the blocks met since the innermost open section last changed to that section, in order.
    mutating func flushBlocks() {
        guard pendingCount > 0, pendingBlocksSection >= 0 else { return }
        // `appendBlocks(_:to:)` of the pending blocks, read where they stand.
        let start = makeBlocksLast(pendingBlocksSection)
        for position in 0..<pendingCount { sectionBlocks.append(pendingBlocks[position]) }
        places[pendingBlocksSection].blocks = start..<sectionBlocks.count
        pendingCount = 0
    }

    /// Appends blocks to a section's in `sectionBlocks`. A section's blocks stand together there
    /// (`makeBlocksLast(_:)`). Appended one by one: a section gets a few blocks at a time, and
    /// `append(contentsOf:)` of a few costs more than their appends.
    mutating func appendBlocks(_ blocks: [Int32], to section: Int) {
        let start = makeBlocksLast(section)
        for block in blocks { sectionBlocks.append(block) }
        places[section].blocks = start..<sectionBlocks.count
    }

    /// Appends one block to a section's (`appendBlocks(_:to:)` without an array made for it).
    mutating func appendBlock(_ block: Int32, to section: Int) {
        let start = makeBlocksLast(section)
        sectionBlocks.append(block)
        places[section].blocks = start..<sectionBlocks.count
    }

    /// Where a section's blocks start in `sectionBlocks` once they stand last there, so that more
    /// may be appended to them: those it had already are moved to the end first unless they stand
    /// there (the walk never comes back to a section once another opened, so they always do).
    mutating func makeBlocksLast(_ section: Int) -> Int {
        let range = places[section].blocks
        if range.isEmpty { return sectionBlocks.count }
        if range.upperBound == sectionBlocks.count { return range.lowerBound }
        let earlier = Array(sectionBlocks[range])
        let start = sectionBlocks.count
        sectionBlocks.append(contentsOf: earlier)
        return start
    }

    /// A concept's bit in `SectionPlace.contextBits`.
    @inline(__always)
    static func contextBit(_ concept: Concept) -> UInt32 { ConceptSet.bit(concept) }

    /// The bits of the plan's concepts: a line in their context stands in the plan. (Computed, so
    /// that it folds to a constant where it is read, without a global's check.)
    @inline(__always)
    static var planBits: UInt32 { contextBit(.actions) | contextBit(.previousActions) }

    /// The bits of the concepts whose tables are not read for fields: the plan's and attendance's.
    @inline(__always)
    static var tableBits: UInt32 { planBits | contextBit(.attendance) | contextBit(.apologies) }

    /// Records a line of text. Its tokens are read once the walk is done (`tokenizeLines()`), all
    /// lines' together: the walk reads no line's tokens.
    @discardableResult
    mutating func addLine(_ range: SourceRange, kind: TextLine.Kind, node: Int32, section: Int? = nil) -> Int {
        meeting.lines.append(TextLine(range: range, tokens: 0..<0, kind: kind, section: section ?? openSections.last ?? -1, node: node))
        return meeting.lines.count - 1
    }

    /// Reads the tokens of every line the walk recorded, in order, into `meeting.tokens`, and sets
    /// each line's `tokens`: what tokenizing each line as it was met gives, with one append for
    /// many lines (`Tokenizer.tokenize(_:lines:into:)`).
    mutating func tokenizeLines() {
        // The lines are moved out while their tokens are appended, so that the two arrays are
        // written at once without overlapping accesses to `meeting`.
        var lines: [TextLine] = []
        swap(&lines, &meeting.lines)
        lines.withUnsafeMutableBufferPointer { Tokenizer.tokenize(bytes, lines: $0, into: &meeting.tokens) }
        swap(&lines, &meeting.lines)
    }

    /// The concepts a heading's text (a range of the record) names. Inlined, as the other
    /// one-line readers here are: a call from a mutating method would copy the whole builder.
    @inline(__always)
    func concepts(ofHeadingAt range: SourceRange) -> [Concept] {
        bytes.withUnsafeBufferPointer { vocabulary.concepts(ofHeading: UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), childNames: meeting.childNames) }
    }

    /// `concepts(ofHeadingAt:)` as a set: all the walk needs, found without the array for a
    /// heading memoised as written.
    @inline(__always)
    func conceptSet(ofHeadingAt range: SourceRange) -> ConceptSet {
        bytes.withUnsafeBufferPointer { vocabulary.conceptSet(ofHeading: UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), childNames: meeting.childNames) }
    }

    /// What the walk reads at every heading and field line, and never changes: taken from the
    /// builder once and lent to each reader. Read through `self` in a mutating method, each was
    /// retained for every call it was passed to (and released after), as the method might have
    /// changed it meanwhile.
    struct WalkReading {
        let vocabulary: Vocabulary
        let bytes: [UInt8]
        let childNames: [String]
        /// This thread's share of the vocabulary's heading memo, found once for the walk (the
        /// walk runs on one thread).
        let memo: HeadingMemo.Shard

        /// The concepts a pseudo-heading's title at `range` names, or nil if it is no heading's:
        /// read on the record's bytes (their normal form, `TextKey.heading`, is their plain text's, so
        /// they mean what the title means). Someone's views (`Kirsty's views`) are a heading that
        /// names none yet: `resolveFamilyHeadings` makes it the family's views once the people are
        /// read (as it does a heading's), if Kirsty is listed as a parent or carer.
        func headingConcepts(at range: SourceRange) -> ConceptSet? {
            let concepts = conceptSet(ofHeadingAt: range)
            if !concepts.isEmpty { return concepts }
            guard vocabulary.mayFitTemplate(bytes, range) else { return nil }
            return vocabulary.possessors(inHeading: TextKey.heading(MeetingBuilder.plain(bytes, range))).isEmpty ? nil : concepts
        }

        /// `conceptSet(ofHeadingAt:)`, read with what is lent.
        @inline(__always)
        func conceptSet(ofHeadingAt range: SourceRange) -> ConceptSet {
            bytes.withUnsafeBufferPointer {
                vocabulary.conceptSet(ofHeading: UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), childNames: childNames, memo: memo)
            }
        }
    }

    mutating func openHeadingSection(_ index: Int32, _ node: Node, _ reading: WalkReading) {
        let level = Int(node.level)
        let concepts = reading.conceptSet(ofHeadingAt: node.content)
        if level == 1, concepts.isEmpty, meeting.title == nil, !openedHeadingSection {
            // The record's title: it opens no section.
            meeting.title = MeetingBuilder.plain(reading.bytes, node.content)
            addLine(node.content, kind: .heading, node: index)
            return
        }
        while let last = openSections.last, meeting.sections[last].level >= level { openSections.removeLast() }
        openSection(concepts: concepts, titleRange: node.content, headingRange: node.range, level: level, style: .heading, node: index, lineRange: node.content)
    }

    /// Opens a section whose title (`Section.title`) is the plain text of `titleRange`.
    /// Its line (at `lineRange`) is a heading's, or for a field's section (`style` `.field`) a
    /// field line's unless `lineKind` says otherwise.
    mutating func openSection(
        concepts own: ConceptSet, titleRange: SourceRange, headingRange: SourceRange, level: Int, style: Section.Style, node: Int32, lineRange: SourceRange,
        lineKind: TextLine.Kind? = nil
    ) {
        let parent = openSections.last ?? -1
        let context = own.isEmpty && parent >= 0 ? meeting.sections[parent].context : own
        let sectionIndex = meeting.sections.count
        meeting.sections.append(
            Section(
                concepts: own, context: context, titleRange: titleRange, bytes: bytes, headingRange: headingRange, level: level, style: style,
                parent: parent, lines: 0..<0, blocks: []))
        let line = addLine(lineRange, kind: lineKind ?? (style == .field ? .field : .heading), node: node, section: sectionIndex)
        places.append(SectionPlace(headingLine: line, contextBits: context.bits, blocks: 0..<0))
        if style != .field { openSections.append(sectionIndex) }
        if style == .heading { openedHeadingSection = true }
    }

    /// The context (concepts in force) where the next line stands.
    @inline(__always)
    var currentContext: ConceptSet { openSections.last.map { meeting.sections[$0].context } ?? ConceptSet() }

    /// `currentContext` as bits (`contextBit(_:)`), during the walk.
    @inline(__always)
    var currentContextBits: UInt32 { openSections.last.map { places[$0].contextBits } ?? 0 }

    /// How deep a line stands: 0 for a top-level paragraph, 1 for the first paragraph of a
    /// top-level list item, -1 anywhere else.
    @inline(__always)
    func placement(of line: Int32) -> Int {
        let paragraph = document[line].parent
        guard paragraph >= 0 else { return -1 }
        let container = document[paragraph].parent
        if container == Document.root { return 0 }
        guard container >= 0, document[container].kind == .listItem else { return -1 }
        let list = document[container].parent
        guard list >= 0, document[list].parent == Document.root else { return -1 }
        return document[container].firstChild == paragraph ? 1 : -1
    }

    /// `1. Introductions and apologies` standing alone, as a word processor's numbered heading
    /// is pasted as text: a top-level numbered list of one item that holds one paragraph, and
    /// nothing else, is a heading if its first line, of text or a key with nothing after it
    /// (`1. Purpose:`), names a concept (`WalkReading.headingConcepts(at:)`), as a line wholly
    /// bold is. Returns the line's node. The
    /// paragraph's lines after it (`7. Lily's views⏎Lily told Rosa …`, pasted with no blank line
    /// between, which markdown reads as more of the item) are the section's text
    /// (`openPseudoSection`). (An agenda, a numbered list of many items, is no heading, however
    /// its items read.)
    func numberedHeadingLine(_ list: Node) -> Int32? {
        guard list.level == 1, list.firstChild >= 0, list.firstChild == list.lastChild else { return nil }
        let item = document[list.firstChild]
        guard item.task == .none, item.firstChild >= 0, item.firstChild == item.lastChild else { return nil }
        let paragraph = document[item.firstChild]
        guard paragraph.kind == .paragraph, paragraph.firstChild >= 0 else { return nil }
        // Text, or a key with nothing after it (`1. Purpose:`).
        let line = document[paragraph.firstChild]
        guard line.kind == .textLine || (line.kind == .fieldLine && line.content.isEmpty) else { return nil }
        return paragraph.firstChild
    }

    /// The concepts a numbered heading's line (`numberedHeadingLine`) names; or, where it names
    /// none, no concept when its number follows the last numbered heading's (`5. Parents' views`,
    /// then `6. School update`) and it is shaped as a heading (`plainHeadingShape`): in numbered
    /// minutes such a line is a heading whatever it names, as `## 6. School update` is, ending
    /// the section before it. Nil when it is no heading.
    mutating func numberedHeadingConcepts(_ list: Node, _ line: Int32, _ reading: WalkReading) -> ConceptSet? {
        let heading = document[line]
        let number = BlockParser.markerNumber(at: list.range.start, in: bytes)
        if let concepts = reading.headingConcepts(at: heading.range) {
            lastHeadingNumber = number
            return concepts
        }
        guard lastHeadingNumber >= 0, number == lastHeadingNumber + 1,
            MeetingBuilder.plainHeadingShape(heading.kind == .fieldLine ? heading.key : heading.range, bytes) != nil
        else { return nil }
        lastHeadingNumber = number
        return ConceptSet()
    }

    mutating func readParagraphLine(_ index: Int32, _ node: Node, _ reading: WalkReading) {
        let depth = placement(of: index)
        let inPlan = currentContextBits & MeetingBuilder.planBits != 0
        if depth == 0, node.kind == .textLine, let inner = boldHeading(node.range), let concepts = reading.headingConcepts(at: inner) {
            openPseudoSection(concepts: concepts, titleRange: inner, node: index, range: node.range)
            return
        }
        if depth == 0, node.kind == .textLine, MeetingBuilder.mayBeShortHeading(node.range, bytes) || MeetingBuilder.opensWithDigit(node.range, bytes),
            openPlainHeading(index, node.range, reading)
        {
            return
        }
        if node.kind == .fieldLine, depth >= 0 {
            let fieldKey = reading.vocabulary.fieldKey(reading.bytes, node.key)
            // Fields inside the plan's items are the actions' own (`Owner:`, `By:`): no sections there.
            let mayOpenSection = depth == 0 || !inPlan
            let keyConcepts = mayOpenSection && (fieldKey == nil || node.content.isEmpty) ? reading.conceptSet(ofHeadingAt: node.key) : ConceptSet()
            if depth == 0, node.content.isEmpty, !keyConcepts.isEmpty {
                openPseudoSection(concepts: keyConcepts, titleRange: node.key, node: index, range: node.range)
                return
            }
            // `Section 1: Who attended` (or `**Section 1: Who attended**`), a labelled heading
            // pasted as a plain line, which markdown reads as a field whose key is `Section 1`:
            // a heading whatever it names, as a labelled plain line is (`openPlainHeading`), and
            // wherever it stands.
            if depth == 0, fieldKey == nil, keyConcepts.isEmpty, let words = MeetingBuilder.labelledFieldHeading(key: node.key, value: node.content, bytes)?.words {
                let concepts = reading.vocabulary.mayOpenHeading(bytes, words) ? reading.headingConcepts(at: words) : nil
                openPseudoSection(concepts: concepts ?? ConceptSet(), titleRange: node.range, node: index, range: node.range)
                return
            }
            if !inPlan || depth == 0 {
                if let fieldKey {
                    addField(fieldKey, keyRange: node.key, value: node.content, line: node.range, context: currentContext, inFrontMatter: false)
                } else if !keyConcepts.isEmpty, !node.content.isEmpty, !inPlan || !keyConcepts.contains(.actions) {
                    // `**Contingency:** If …` or `**Next review:** …` after `**Updated plan**`: a
                    // field naming no plan, at the left margin, ends a bold heading's plan, as the
                    // next bold heading would, so the sentences after it are not read as more of
                    // its actions.
                    if depth == 0, keyConcepts.bits & MeetingBuilder.planBits == 0 {
                        while let last = openSections.last, meeting.sections[last].style == .pseudoHeading,
                            meeting.sections[last].conceptSet.bits & MeetingBuilder.planBits != 0
                        {
                            openSections.removeLast()
                        }
                    }
                    openSection(
                        concepts: keyConcepts, titleRange: node.key, headingRange: node.range, level: 8, style: .field,
                        node: index, lineRange: node.range)
                    appendBlock(index, to: meeting.sections.count - 1)
                    return
                }
            }
        }
        addLine(node.range, kind: node.kind == .fieldLine ? .field : .text, node: index)
    }

    mutating func openPseudoSection(concepts: ConceptSet, titleRange: SourceRange, node: Int32, range: SourceRange) {
        while let last = openSections.last, meeting.sections[last].style == .pseudoHeading { openSections.removeLast() }
        openSection(concepts: concepts, titleRange: titleRange, headingRange: range, level: 7, style: .pseudoHeading, node: node, lineRange: range)
        // The lines after it in its paragraph (`**Present:**⏎Karen Lister (KL) – …`) are the
        // section's, but their paragraph was given to the section open where it started: it is
        // one of this section's blocks too, as readers of blocks take only the lines that stand
        // in the section they read. (Without it, such a list of people was read as no one.)
        let paragraph = document[node].parent
        if paragraph >= 0, document[paragraph].kind == .paragraph, document[paragraph].range.end > range.end {
            flushBlocks()
            appendBlock(paragraph, to: meeting.sections.count - 1)
        }
    }

    /// Whether a line of plain text may be a heading typed without marks, as a word processor's
    /// headings are pasted (`What Mum says`, then its text on the next line): short, starting
    /// with a capital letter, not ending as a sentence does, and first in its paragraph or after
    /// a line that ends a sentence, a field's line (`Minutes: Raj Patel`) or a short line (a
    /// person, `Leanne D. – Mum`, in a record pasted with no blank lines at all: lines of
    /// wrapped prose are long), or anywhere if it is in capitals (`isInCapitals`: `APOLOGIES`,
    /// before a line in small letters too). It is one if it names a concept whole
    /// (`WalkReading.headingConcepts(at:)`). A line holding a digit or a dash is passed over
    /// without the cost of looking it up (each such line, a date such as `Wednesday 25 March
    /// 2026` or a person such as `Sue Marsh – SENCo`, is new to the headings' memo): no heading
    /// in the built-in lists holds one (a test keeps it so), and a rule pack's heading that does
    /// is read when marked as a heading. Returns the heading's shape (`plainHeadingShape`), or nil.
    func mayBePlainHeading(_ line: Int32, _ range: SourceRange) -> PlainHeading? {
        guard let shape = MeetingBuilder.plainHeadingShape(range, bytes) else { return nil }
        let words = shape.words
        // Asked at most once, and only of a line whose neighbours would turn it away.
        var capitals: Bool?
        func inCapitals() -> Bool {
            if let capitals { return capitals }
            let found = MeetingBuilder.isInCapitals(words, bytes)
            capitals = found
            return found
        }
        let paragraph = document[line].parent
        // The paragraph's lines are made one after another, so the lines before and after it
        // stand just before and after it among the nodes.
        let next = Int(line) + 1
        if next < document.nodes.count, document.nodes[next].parent == paragraph, !MeetingBuilder.mayStandBefore(document.nodes[next].range, bytes),
            !inCapitals()
        {
            return nil
        }
        if document[paragraph].firstChild == line { return shape }
        let before = document[line - 1]
        guard before.parent == paragraph, before.range.end > before.range.start else { return nil }
        // A line in capitals (`REASON FOR MEETING`) is written as a heading, whatever line it
        // follows (`Typed up on my phone after the meeting 🙏`) or comes before (`APOLOGIES⏎none`).
        return MeetingBuilder.mayFollow(before.range, isField: before.kind == .fieldLine, bytes) || inCapitals() ? shape : nil
    }

    /// Whether the text at `range` has no small letter (of ASCII) and three capitals at least.
    static func isInCapitals(_ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        var capitals = 0
        for index in range.start..<range.end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return false }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { capitals += 1 }
        }
        return capitals >= 3
    }

    /// A line shaped as a plain-line heading (`plainHeadingShape`): its words, and whether a
    /// label and its number were set aside before them (`Item 2 – Nursery update`), which makes
    /// it a heading whatever it names.
    struct PlainHeading {
        var words: SourceRange
        var labelled: Bool
    }

    /// The words of a line shaped as a plain-line heading (`mayBePlainHeading`), or nil:
    /// `mayBeShortHeading`, and no digit or dash, once a time and a dash it opens with are set
    /// aside (`afterTime`: `10:05 — Actions`, as timed minutes are written), and a label and its
    /// number (`afterLabel`: `Section 1: Who attended`, as a word processor numbers them), in
    /// either order (`Item 1 – 10:00 — Attendance`).
    static func plainHeadingShape(_ line: SourceRange, _ bytes: [UInt8]) -> PlainHeading? {
        let timed = MeetingBuilder.afterTime(line, bytes)
        let unlabelled = MeetingBuilder.afterLabel(timed, bytes)
        let range = MeetingBuilder.afterTime(unlabelled, bytes)
        guard MeetingBuilder.mayBeShortHeading(range, bytes) else { return nil }
        var previous = bytes[range.start]
        for index in (range.start + 1)..<range.end {
            let byte = bytes[index]
            if Tokenizer.isDigit(byte) { return nil }
            // `- ` after a space, or an en or em dash (E2 80 93, E2 80 94).
            if previous == UInt8(ascii: " "), byte == UInt8(ascii: "-") { return nil }
            if byte == 0xE2, index + 2 < range.end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { return nil }
            previous = byte
        }
        return PlainHeading(words: range, labelled: unlabelled.start != timed.start)
    }

    /// Whether a line of five bytes or more opens with a digit: it may be a timed heading
    /// (`afterTime`), which `mayBeShortHeading` turns away.
    @inline(__always)
    static func opensWithDigit(_ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        range.count > 4 && Tokenizer.isDigit(bytes[range.start])
    }

    /// The text of a line after a time and a dash it opens with (`10:05 — Actions`, `9.30am -
    /// Apologies`), as timed minutes are written: the line itself if it opens with none.
    static func afterTime(_ range: SourceRange, _ bytes: [UInt8]) -> SourceRange {
        let end = range.end
        var index = range.start
        func skipSpaces() { while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 } }
        // One or two digits, a colon or a full stop, two digits.
        var digits = 0
        while index < end, Tokenizer.isDigit(bytes[index]), digits < 3 {
            index += 1
            digits += 1
        }
        guard digits == 1 || digits == 2, index + 2 < end, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "."),
            Tokenizer.isDigit(bytes[index + 1]), Tokenizer.isDigit(bytes[index + 2])
        else { return range }
        index += 3
        skipSpaces()
        // `am` or `pm`.
        if index + 1 < end, bytes[index] | 0x20 == UInt8(ascii: "a") || bytes[index] | 0x20 == UInt8(ascii: "p"), bytes[index + 1] | 0x20 == UInt8(ascii: "m") {
            index += 2
            skipSpaces()
        }
        return textAfterMark(at: index, end, bytes, orStop: false) ?? range
    }

    /// The text after the mark at `start` and the spaces after it, up to `end`: a dash (`-`, `–`
    /// E2 80 93 or `—` E2 80 94), or with `orStop` a colon, a full stop or a bracket too. Nil
    /// when no such mark stands there, or nothing follows it.
    static func textAfterMark(at start: Int, _ end: Int, _ bytes: [UInt8], orStop: Bool) -> SourceRange? {
        var index = start
        guard index < end else { return nil }
        let byte = bytes[index]
        if byte == UInt8(ascii: "-") || (orStop && (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))) {
            index += 1
        } else if index + 2 < end, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
            index += 3
        } else {
            return nil
        }
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < end ? SourceRange(index, end) : nil
    }

    /// The text of a line after a label, its number and a mark it opens with (`Section 1: Who
    /// attended`, `Item 4 – Voice of the child`, `Agenda item 2 - Apologies`, `Part 3.1) Plan`),
    /// as a word processor's numbered headings are pasted: the line itself if it opens with none.
    /// The label is one of `TextKey.numberLabels` (`Section`, `Part`, `Item`, `Agenda item`) in
    /// any case, as a `##` heading's normal form drops it; the number is digits, perhaps with
    /// full stops between (`6.1`); the mark a colon, a full stop, a bracket or a dash. With no
    /// mark (`Section 47 enquiry`) nothing is set aside.
    static func afterLabel(_ range: SourceRange, _ bytes: [UInt8]) -> SourceRange {
        guard var index = labelNumberEnd(range, bytes) else { return range }
        // The mark, perhaps after a space.
        while index < range.end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return textAfterMark(at: index, range.end, bytes, orStop: true) ?? range
    }

    /// Where a label and its number that `range` opens with end (`Section 6.1` in `Section 6.1:
    /// Parents' views`), or nil if it opens with none (`afterLabel`).
    static func labelNumberEnd(_ range: SourceRange, _ bytes: [UInt8]) -> Int? {
        let end = range.end
        var index = range.start
        guard index < end else { return nil }
        // The first byte settles most lines: each label opens with a letter of its own.
        let first = bytes[index] | 0x20
        guard let label = TextKey.numberLabels.first(where: { $0.utf8Start[0] == first }) else { return nil }
        let count = label.utf8CodeUnitCount
        guard index + count <= end else { return nil }
        for offset in 1..<count where bytes[index + offset] | 0x20 != label.utf8Start[offset] { return nil }
        index += count
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        // Digits, perhaps with full stops between.
        let numberStart = index
        while index < end, Tokenizer.isDigit(bytes[index]) || (index > numberStart && bytes[index] == UInt8(ascii: ".") && index + 1 < end && Tokenizer.isDigit(bytes[index + 1])) {
            index += 1
        }
        return index > numberStart ? index : nil
    }

    /// The shape (`plainHeadingShape`) of a labelled heading that markdown reads as a field whose
    /// key opens with the label (`Section 1: Who attended`, `**Item 6: Contingency**`, `Item 6 –
    /// 10:30 — Contingency`): the line from its key to its value's end, inside any bold marks.
    /// Nil if it is none. Most keys do not end with a digit, as such keys do, and are passed
    /// over at once.
    static func labelledFieldHeading(key: SourceRange, value: SourceRange, _ bytes: [UInt8]) -> PlainHeading? {
        guard key.count > 0, Tokenizer.isDigit(bytes[key.end - 1]), labelNumberEnd(key, bytes) != nil,
            let shape = plainHeadingShape(SourceRange(key.start, value.end), bytes), shape.labelled
        else { return nil }
        return shape
    }

    /// Whether a plain-line heading may stand just before the line at `next` of its paragraph:
    /// a heading's text does not go on in small letters (`Plan⏎for the move`).
    static func mayStandBefore(_ next: SourceRange, _ bytes: [UInt8]) -> Bool {
        guard next.count > 0 else { return true }
        let start = bytes[next.start]
        return start < UInt8(ascii: "a") || start > UInt8(ascii: "z")
    }

    /// Whether a plain-line heading may follow the line at `before` of its paragraph: a field's
    /// line, a line that ends a sentence, or a short line that does not end with a comma.
    static func mayFollow(_ before: SourceRange, isField: Bool, _ bytes: [UInt8]) -> Bool {
        if isField { return true }
        let end = bytes[before.end - 1]
        if end == UInt8(ascii: ".") || end == UInt8(ascii: "?") || end == UInt8(ascii: "!") { return true }
        return before.count <= MeetingBuilder.shortLine && end != UInt8(ascii: ",")
    }

    /// The first test of `mayBePlainHeading`, on three bytes: a line of 4 to 60 bytes that starts
    /// with a capital letter and does not end with a full stop, a comma or a semicolon. Most
    /// lines of a record fail it, and are read on without a call.
    @inline(__always)
    static func mayBeShortHeading(_ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        guard range.count >= 4, range.count <= 60 else { return false }
        let first = bytes[range.start]
        guard first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        let last = bytes[range.end - 1]
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ";")
    }

    /// Opens the section a plain line names if it is a heading typed without marks
    /// (`mayBePlainHeading`), and says whether it did. A line with a label (`Item 2 – Nursery
    /// update`, `afterLabel`) is a heading whatever it names, as a `##` heading is: it ends the
    /// section before it (`Item 1 – Review of actions`), whose concepts its text would otherwise
    /// take. Kept apart from `readParagraphLine`, which every line of a record passes through, so
    /// that its work does not weigh on that one.
    @inline(never)
    mutating func openPlainHeading(_ line: Int32, _ range: SourceRange, _ reading: WalkReading) -> Bool {
        guard let shape = mayBePlainHeading(line, range) else { return false }
        let concepts = reading.vocabulary.mayOpenHeading(bytes, shape.words) ? reading.headingConcepts(at: shape.words) : nil
        guard concepts != nil || shape.labelled else { return false }
        openPseudoSection(concepts: concepts ?? ConceptSet(), titleRange: range, node: line, range: range)
        return true
    }

    /// Where the text of a line that is wholly bold (`**Apologies**`, `__Actions:__`) stands (the
    /// line without its outer marks), if it is one and its plain text may be a heading's: not
    /// empty, and eighty characters at most.
    @inline(__always)
    func boldHeading(_ range: SourceRange) -> SourceRange? { MeetingBuilder.boldHeading(range, bytes) }

    /// `boldHeading(_:)` in the record's `bytes`.
    @inline(__always)
    static func boldHeading(_ range: SourceRange, _ bytes: [UInt8]) -> SourceRange? {
        guard range.count > 4 else { return nil }
        let first = bytes[range.start]
        guard first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), bytes[range.start + 1] == first,
            bytes[range.end - 1] == first, bytes[range.end - 2] == first
        else { return nil }
        let inner = SourceRange(range.start + 2, range.end - 2)
        guard !Meeting.plainTextIsEmpty(of: inner, in: bytes) else { return nil }
        // Plain text is never longer than its bytes: the text is made, and its characters
        // counted, only where the bytes are too many to settle it.
        if inner.count > 80 {
            let text = MeetingBuilder.plain(bytes, inner)
            guard text.utf8.count <= 80 || text.count <= 80 else { return nil }
        }
        return inner
    }

    /// Whether a line at the left margin just after a list item or a quote, which markdown reads
    /// as more of it (`- Jane Smith — Class teacher⏎Apologies⏎- Tom Reed — GP`), is a heading
    /// that ends the list or quote (`LazyHeadingTest`, asked by the parser), as a record pasted
    /// with no blank lines has them. It is one when, standing first in a paragraph, it would open
    /// a section:
    /// - a bold line naming a heading (`**Apologies**`), or a key naming one with nothing after
    ///   it (`Apologies:`);
    /// - a plain-line heading (`mayBePlainHeading`). A list item rarely ends with a full stop,
    ///   so the item's line before it need only not end as a clause that goes on (a comma, a
    ///   semicolon or a colon);
    /// - a field of the record (`Next meeting: 12/01/2027`, `Chair: Helen Ward`), not a date or
    ///   a time, which may be an action's own;
    /// - a plain line with a label (`Section 2: Apologies`, `Item 3 – Nursery update`), whatever
    ///   it names, as `openPlainHeading` reads it; a numbered item's text shaped as a heading
    ///   after an item that holds text (`LazyLine.afterSectionText`), whatever it names.
    /// The child's names are not read yet (the fields are read from the tree), so for a heading
    /// that names the child (`What Kai said`, `Leo's views`) each capitalised word after the
    /// line's first, and the first before an apostrophe, is tried as theirs (`capitalisedWords`).
    /// Should it name someone else, the walk, which knows the child, reads the line as it reads
    /// any such line first in a paragraph (`What Tom said` may be a parent's
    /// views, once the people are read). The parser asks the same of a numbered item's text
    /// (`BlockParser.numberedSection`), with no line before it when the item stands first.
    static func isLazyHeading(_ vocabulary: Vocabulary, _ bytes: [UInt8], _ line: LazyLine) -> Bool {
        let text = line.text
        guard text.count > 0 else { return false }
        func namesHeading(_ range: SourceRange) -> Bool {
            let names = capitalisedWords(bytes, range)
            return WalkReading(vocabulary: vocabulary, bytes: bytes, childNames: names, memo: vocabulary.headingMemoShard).headingConcepts(at: range) != nil
        }
        if let field = FieldLineShape.match(bytes, text) {
            if field.value.isEmpty {
                return namesHeading(field.key) || (line.afterSectionText && MeetingBuilder.plainHeadingShape(field.key, bytes) != nil)
            }
            if let key = vocabulary.fieldKey(bytes, field.key) { return key != .date && key != .time }
            // `Section 2: Apologies`: a label and its number, then a heading whatever it names,
            // as the walk reads it.
            return MeetingBuilder.labelledFieldHeading(key: field.key, value: field.value, bytes) != nil
        }
        if let inner = MeetingBuilder.boldHeading(text, bytes) { return namesHeading(inner) }
        guard let shape = MeetingBuilder.plainHeadingShape(text, bytes) else { return false }
        if let next = line.next, !MeetingBuilder.mayStandBefore(next, bytes) { return false }
        // A numbered item after one that holds text (`6. School update` after `5. Parents'
        // views⏎Not recorded.`): shaped as a heading, it is one, whatever it names. The walk
        // makes it a section only after a numbered heading that names a concept
        // (`numberedHeadingConcepts`).
        if line.afterSectionText { return true }
        if line.previous.count > 0, !line.previousIsField {
            let end = bytes[line.previous.end - 1]
            if end == UInt8(ascii: ",") || end == UInt8(ascii: ";") || end == UInt8(ascii: ":") { return false }
        }
        return shape.labelled || vocabulary.mayOpenHeading(bytes, shape.words) && namesHeading(shape.words)
    }

    /// The words of letters that start with a capital, after the first word, at `range` (the
    /// names a heading may hold: `What Kai said` gives `Kai`), and the first word when an
    /// apostrophe follows it (`Leo's views` gives `Leo`).
    static func capitalisedWords(_ bytes: [UInt8], _ range: SourceRange) -> [String] {
        var words: [String] = []
        var index = range.start
        var first = true
        while index < range.end {
            guard Tokenizer.isLetter(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < range.end, Tokenizer.isLetter(bytes[index]) { index += 1 }
            // `'`, or `’` (E2 80 99).
            let possessive = index < range.end && (bytes[index] == UInt8(ascii: "'") || (bytes[index] == 0xE2 && index + 2 < range.end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99))
            if !first || possessive, bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z") {
                words.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            first = false
        }
        return words
    }

    mutating func readTableRow(_ index: Int32, _ node: Node, _ reading: WalkReading) {
        guard !node.isDelimiter else { return }
        let cells = document.cells(of: index)
        // A row of two cells or more outside the attendance and the plan may be a field's.
        var fieldKey: FieldKey?
        if cells.count >= 2, currentContextBits & MeetingBuilder.tableBits == 0 {
            let (keyCell, valueCell) = (cells[cells.startIndex], cells[cells.startIndex + 1])
            fieldKey = reading.vocabulary.fieldKey(reading.bytes, keyCell)
            if fieldKey == nil, cells.count == 2, let concepts = formRowConcepts(keyCell, valueCell, reading) {
                // `| Contingency plan | If J. is late … |`: a form's row, as case-management
                // systems export a record, is a section as a field line is (`Contingency plan:
                // If …`), its value cell the section's one line. The key cell is its heading's
                // text, a label, not running text.
                addLine(keyCell, kind: .heading, node: index)
                openSection(
                    concepts: concepts, titleRange: keyCell, headingRange: node.range, level: 8, style: .field, node: index,
                    lineRange: valueCell, lineKind: .cell)
                return
            }
        }
        if node.isHeader, currentContextBits == 0, document[node.parent].parent == Document.root {
            unnamedTableHeaders.append((index, meeting.lines.count, openSections.isEmpty))
        }
        for cell in cells { addLine(cell, kind: .cell, node: index) }
        if let fieldKey {
            addField(fieldKey, keyRange: cells[cells.startIndex], value: cells[cells.startIndex + 1], line: node.range, context: currentContext, inFrontMatter: false)
        }
    }

    /// The concepts a form's row stands for: those its first cell names as a heading would,
    /// where its second cell is not empty and names none (`| Strengths | Worries |` heads an
    /// analysis table). Its value is read as a field line's is (`| Present | Jane Smith (SW), … |`
    /// lists people), but for the plan's, which holds no action of its own (`readActions`).
    func formRowConcepts(_ keyCell: SourceRange, _ valueCell: SourceRange, _ reading: WalkReading) -> ConceptSet? {
        guard !Meeting.plainTextIsEmpty(of: valueCell, in: reading.bytes) else { return nil }
        let concepts = reading.conceptSet(ofHeadingAt: keyCell)
        guard !concepts.isEmpty else { return nil }
        // A column's title is short: a longer value (most are) is not looked up as a heading, nor
        // is a sentence (`| Contingency plan | If things don't improve, the case will be
        // escalated. |`, whose words before the comma a heading's would be).
        if valueCell.count <= MeetingBuilder.longestColumnTitle, !MeetingBuilder.isSentence(valueCell, in: reading.bytes),
            !reading.conceptSet(ofHeadingAt: valueCell).isEmpty
        {
            return nil
        }
        return concepts
    }

    /// Whether a cell's text reads as a sentence rather than a column's title: it ends with a full
    /// stop, or runs to more than `longestColumnTitleWords` words.
    static func isSentence(_ cell: SourceRange, in bytes: [UInt8]) -> Bool {
        if endsWithFullStop(cell, in: bytes) { return true }
        var words = 0
        var inWord = false
        for index in cell.start..<cell.end {
            let space = bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words > MeetingBuilder.longestColumnTitleWords
    }

    /// Whether a text's last byte, spaces and tabs set aside, is a full stop.
    static func endsWithFullStop(_ text: SourceRange, in bytes: [UInt8]) -> Bool {
        var end = text.end
        while end > text.start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return end > text.start && bytes[end - 1] == UInt8(ascii: ".")
    }

    /// Whether a title line ends as a sentence does: with a full stop, not one that ends an
    /// initial (`… discharge planning for Baby Noah T.`, a capital letter standing alone).
    static func endsAsSentence(_ text: SourceRange, in bytes: [UInt8]) -> Bool {
        guard endsWithFullStop(text, in: bytes) else { return false }
        var end = text.end
        while bytes[end - 1] != UInt8(ascii: ".") { end -= 1 }
        // `T.`: a capital before the full stop, and before it the line's start or a space.
        let letter = end - 2
        guard letter >= text.start, bytes[letter] >= UInt8(ascii: "A"), bytes[letter] <= UInt8(ascii: "Z") else { return true }
        return letter > text.start && bytes[letter - 1] != UInt8(ascii: " ")
    }

    /// The most words a column's title has (`What are we worried about?`, `Strengths and
    /// protective factors`): a cell with more is running text.
    static let longestColumnTitleWords = 8

    /// The most bytes a value cell may hold and still be asked whether it is a column's title.
    static let longestColumnTitle = 100

    /// Records a metadata field, if its key is one and it means something where it stands.
    mutating func addField(key keyRange: SourceRange, value: SourceRange, line: SourceRange, context: ConceptSet, inFrontMatter: Bool) {
        guard let key = vocabulary.fieldKey(bytes, keyRange) else { return }
        addField(key, keyRange: keyRange, value: value, line: line, context: context, inFrontMatter: inFrontMatter)
    }

    /// Records a metadata field whose key (written at `keyRange`) was found to mean `found`, if it
    /// means something where it stands: for callers that looked the key up already.
    mutating func addField(_ found: FieldKey, keyRange: SourceRange, value: SourceRange, line: SourceRange, context: ConceptSet, inFrontMatter: Bool) {
        var key = found
        if context.contains(.nextMeeting) {
            switch key {
            case .date, .nextMeeting: key = .nextMeeting
            case .time, .venue, .title, .type: return
            default: break
            }
        } else if !context.isEmpty, !context.contains(.meetingDetails), key == .date || key == .time || key == .venue {
            // `Date:` in an update or an action is an event's date, not the meeting's.
            return
        }
        // The value's text is made once the field is kept; the key's only if asked for.
        let valueText = plain(value)
        meeting.fields.append(
            Field(key: key, keyRange: keyRange, value: valueText, valueRange: value, lineRange: line, inFrontMatter: inFrontMatter, bytes: bytes))
    }

    // MARK: - Sections

    /// The concepts an analysis table's columns can stand for (Signs of Safety's three columns).
    static let analysisConcepts: [Concept] = [.risks, .strengths, .needs, .childVoice, .familyViews]

    /// `| What are we worried about? | What's working well? | What needs to happen? |`: a table
    /// whose column titles name two or more analysis concepts is a section for each column.
    mutating func readAnalysisTables() {
        for table in document.children(of: Document.root) where document[table].kind == .table {
            guard let header = document.children(of: table).first(where: { !document[$0].isDelimiter }) else { continue }
            // Most tables (attendance, actions) are no analysis table: told apart on the columns'
            // concepts as bits, before any array is made.
            var analysed = ConceptSet()
            for cell in document.cells(of: header) {
                let found = self.concepts(ofHeadingAt: cell)
                if found.count == 1, MeetingBuilder.analysisConcepts.contains(found[0]) { analysed.insert(found[0]) }
            }
            guard analysed.count >= 2 else { continue }
            let cells = Array(document.cells(of: header))
            var columns = cells.map { cell -> Concept? in
                let found = self.concepts(ofHeadingAt: cell)
                return found.count == 1 && (MeetingBuilder.analysisConcepts.contains(found[0]) || found[0] == .actions) ? found[0] : nil
            }
            // Beside worries and strengths, `What needs to happen?` is the needs column.
            columns = columns.map { $0 == .actions ? .needs : $0 }
            // Which columns some row fills, from one reading of the rows' cells: asked of the rows
            // column by column, a header of thousands of columns above rows of one cell cost
            // their product.
            var filledColumns = [Bool](repeating: false, count: cells.count)
            for row in document.children(of: table) where row != header && !document[row].isDelimiter {
                for (offset, cell) in document.cells(of: row).prefix(cells.count).enumerated() where !cell.isEmpty { filledColumns[offset] = true }
            }
            for (column, concept) in columns.enumerated() {
                guard let concept, let line = lineIndex(ofCell: cells[column], row: header) else { continue }
                let filled = filledColumns[column]
                var section = Section(
                    concepts: [concept], context: [concept], titleRange: cells[column], bytes: bytes, headingRange: cells[column], level: 8,
                    style: .field, parent: -1, lines: line..<(line + 1), blocks: [table])
                section.substance = filled ? .present : .empty
                meeting.sections.append(section)
                places.append(SectionPlace(headingLine: line, contextBits: 0, blocks: 0..<0))
            }
        }
    }

    /// `## Kirsty's views`, where Kirsty is listed as Mum: a possessive heading naming a parent or
    /// carer is the family's views. Returns the indexes of the sections it found so, in order.
    mutating func resolveFamilyHeadings() -> [Int] {
        var resolved: [Int] = []
        // A set: a long record may list the family many times over. Made at the first possessive
        // heading: most records have none.
        var knownFamily: Set<String>?
        for index in meeting.sections.indices where meeting.sections[index].conceptSet.isEmpty && meeting.sections[index].style != .field {
            let key = TextKey.heading(meeting.sections[index].title)
            for possessor in vocabulary.possessors(inHeading: key) {
                let family = knownFamily ?? familyFirstNames()
                knownFamily = family
                // `Kerry and Jamie's views`, `Mummy's views`: every one a parent or carer.
                let names = TextKey.split(possessor, at: [" and ", "&", ","]).map(\.trimmingSpaces).filter { !$0.isEmpty }
                let allFamily = !names.isEmpty && names.allSatisfy { name in
                    family.contains(name) || vocabulary.familyWords.matchesWhole(Tokenizer.tokens(of: name)[...])
                }
                if allFamily {
                    meeting.sections[index].conceptSet = [.familyViews]
                    meeting.sections[index].context = [.familyViews]
                    resolved.append(index)
                    break
                }
            }
        }
        return resolved
    }

    /// Indexes the sections by the concepts they mean (`Meeting.sectionIndexes(_:)`): each
    /// concept's in record order, except that the sections `resolveFamilyHeadings` found to be
    /// the family's views come after those whose heading said so.
    mutating func indexSections(resolvedFamily: [Int]) {
        let conceptCount = Concept.allCases.count
        // Counted first, each count standing one place on; the running totals are then where each
        // concept's indexes start, and filling moves each start on to the next concept's.
        // Made from `repeatElement` rather than `Array(repeating:count:)`: that initializer
        // allocates through the standard library's unspecialized path, which looks the array's
        // storage type up at run time. Filled a word at a time, this is only a little cheaper
        // (some 100 instructions a record), not a great deal.
        var starts = Array(repeatElement(0, count: conceptCount + 1))
        // Each section's concepts read as bits, lowest ordinal first.
        for index in meeting.sections.indices {
            var bits = meeting.sections[index].conceptSet.bits
            while bits != 0 {
                starts[bits.trailingZeroBitCount + 1] += 1
                bits &= bits - 1
            }
        }
        for ordinal in 0..<conceptCount { starts[ordinal + 1] += starts[ordinal] }
        var entries = Array(repeatElement(0, count: starts[conceptCount]))
        var resolved = resolvedFamily.startIndex
        for index in meeting.sections.indices {
            // Both in record order: one cursor skips the resolved ones.
            if resolved < resolvedFamily.endIndex, resolvedFamily[resolved] == index {
                resolved += 1
                continue
            }
            var bits = meeting.sections[index].conceptSet.bits
            while bits != 0 {
                let ordinal = bits.trailingZeroBitCount
                entries[starts[ordinal]] = index
                starts[ordinal] += 1
                bits &= bits - 1
            }
        }
        let family = Concept.familyViews.ordinal
        for index in resolvedFamily {
            entries[starts[family]] = index
            starts[family] += 1
        }
        // Each start now stands where the next concept's did: moved back one place.
        for ordinal in stride(from: conceptCount, to: 0, by: -1) { starts[ordinal] = starts[ordinal - 1] }
        starts[0] = 0
        meeting.conceptSections = entries
        meeting.conceptStarts = starts
    }

    /// The first names, lower-cased, of the parents and carers listed as attending or absent.
    func familyFirstNames() -> Set<String> {
        var names = Set<String>()
        for people in [meeting.attendees, meeting.apologies] {
            for person in people where person.isFamily {
                if let first = person.name.split(separator: " ").first { names.insert(first.lowercased()) }
            }
        }
        return names
    }

    /// Sets each section's content lines: from its heading to the heading that closes it.
    mutating func closeSections() {
        // The walk's stack of open sections, done with (nothing reads it after the walk), serves
        // again, emptied with its room kept: moved out, so that it is not shared and emptying it
        // makes no new array.
        var open: [Int] = []
        swap(&open, &openSections)
        open.removeAll(keepingCapacity: true)
        func close(_ section: Int, at line: Int) {
            meeting.sections[section].lines = (places[section].headingLine + 1)..<max(places[section].headingLine + 1, line)
        }
        for index in meeting.sections.indices {
            // Read in place: a section copied out would retain its title and arrays.
            let level = meeting.sections[index].level
            switch meeting.sections[index].style {
            case .field:
                meeting.sections[index].lines = places[index].headingLine..<(places[index].headingLine + 1)
                continue
            case .pseudoHeading:
                while let last = open.last, meeting.sections[last].style == .pseudoHeading {
                    close(last, at: places[index].headingLine)
                    open.removeLast()
                }
            case .heading:
                while let last = open.last, meeting.sections[last].style == .pseudoHeading || meeting.sections[last].level >= level {
                    close(last, at: places[index].headingLine)
                    open.removeLast()
                }
            }
            open.append(index)
        }
        for section in open { close(section, at: meeting.lines.count) }
    }

    /// Decides whether each section says something.
    mutating func assessSubstance() {
        // One buffer for every section's first tokens: `tokenRoom`, moved out while in use.
        var content: [Token] = []
        swap(&content, &tokenRoom)
        defer { swap(&content, &tokenRoom) }
        content.reserveCapacity(16)
        // The lines and tokens read from arrays of their own (the meeting's, shared, not copied):
        // read through `meeting`, each token's read went back through the builder for the array.
        let lines = meeting.lines
        let tokens = meeting.tokens
        for index in meeting.sections.indices {
            if meeting.sections[index].style == .field {
                // The value's tokens are read where they stand, not copied.
                var words = 0
                let value = meeting.contentTokens(of: meeting.sections[index])
                for token in value where token.shape != .punctuation { words += 1 }
                meeting.sections[index].substance = substance(of: value, words: words)
                continue
            }
            let sectionLines = meeting.sections[index].lines
            let words = MeetingBuilder.wordsUpToEleven(in: sectionLines, lines: lines, tokens: tokens)
            guard words <= 10 else {
                meeting.sections[index].substance = .present
                continue
            }
            // Ten words or fewer: every line was read whole, and the content is the first sixteen
            // of their tokens, appended a line at a time.
            content.removeAll(keepingCapacity: true)
            for lineIndex in sectionLines where lines[lineIndex].kind != .heading {
                let lineTokens = lines[lineIndex].tokens
                let kept = min(lineTokens.count, 16 - content.count)
                if kept > 0 { content.append(contentsOf: tokens[lineTokens.lowerBound..<(lineTokens.lowerBound + kept)]) }
                if content.count == 16 { break }
            }
            meeting.sections[index].substance = substance(of: content[...], words: words)
        }
    }

    /// How many words (tokens that are not punctuation) a section's content lines hold (those of
    /// `sectionLines` that are no heading), counted up to eleven: past ten words a section is
    /// present whatever it says (`substance(of:words:)`), so the count stops there (a parent
    /// section spans all its subsections' lines).
    ///
    /// The lines and tokens are read through buffer pointers, each line's range checked once
    /// rather than each token's index (the checks and the shape read out cost more than the
    /// count, at some fifty thousand tokens over the corpus's three hundred records).
    @inline(__always)
    static func wordsUpToEleven(in sectionLines: Range<Int>, lines: [TextLine], tokens: [Token]) -> Int {
        precondition(sectionLines.lowerBound >= 0 && sectionLines.upperBound <= lines.count, "section lines outside the lines")
        return lines.withUnsafeBufferPointer { lines in
            tokens.withUnsafeBufferPointer { tokens in
                // No tokens: the lines hold none, so no word.
                guard let base = tokens.baseAddress else { return 0 }
                var words = 0
                for lineIndex in sectionLines where lines[lineIndex].kind != .heading {
                    let lineTokens = lines[lineIndex].tokens
                    precondition(lineTokens.lowerBound >= 0 && lineTokens.upperBound <= tokens.count, "line tokens outside the tokens")
                    var token = base + lineTokens.lowerBound
                    let stop = base + lineTokens.upperBound
                    while token < stop, words <= 10 {
                        if !token.pointee.isPunctuation { words += 1 }
                        token += 1
                    }
                    if words > 10 { break }
                }
                return words
            }
        }
    }

    /// Empty, a placeholder, or real content, from the first tokens and the word count.
    func substance(of content: ArraySlice<Token>, words: Int) -> Section.Substance {
        guard words > 0 else { return .empty }
        guard words <= 10 else { return .present }
        var slice = content
        // `[Record the child's views here]`: a template's prompt.
        if let first = slice.first, let last = slice.last, bytes[first.range.start] == UInt8(ascii: "["),
            bytes[last.range.start] == UInt8(ascii: "]")
        {
            return .placeholder
        }
        while let first = slice.first, first.shape == .punctuation, vocabulary.placeholders.match(slice, at: slice.startIndex) == nil {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last.shape == .punctuation, slice.count > 1 { slice = slice.dropLast() }
        if vocabulary.placeholders.matchesWhole(slice) { return .placeholder }
        // `See attached sign-in sheet.`: a pointer elsewhere, not content; `Not discussed as Mum had
        // to leave early.`: a placeholder with its reason.
        if let first = slice.indices.first {
            if words <= 8, vocabulary.elsewhere.match(slice, at: first) != nil { return .placeholder }
            if vocabulary.placeholderOpenings.match(slice, at: first) != nil { return .placeholder }
        }
        return .present
    }

    // MARK: - Dates

    mutating func readDates() {
        let order = settings.dateOrder
        let bytes = bytes
        // One buffer for every date field's tokens: `tokenRoom`, moved out while in use.
        var tokenBuffer: [Token] = []
        swap(&tokenBuffer, &tokenRoom)
        defer { swap(&tokenBuffer, &tokenRoom) }
        // Static, not a local function: a local function using `self` copies the builder at each call.
        // Fields are found by index and their value's range read in place: a field copied out
        // retains its value and the record's bytes.
        func fact(of value: SourceRange) -> DateFact { MeetingBuilder.dateFact(of: value, bytes: bytes, order: order, tokens: &tokenBuffer) }
        if let field = meeting.fieldIndex(.date) {
            meeting.meetingDate = fact(of: meeting.fields[field].valueRange)
        } else if let title = meeting.fieldIndex(.title), case .valid(let day, let range) = fact(of: meeting.fields[title].valueRange) {
            meeting.meetingDate = .valid(day, range)
        } else if let titleLine = meeting.lines.first(where: { $0.kind == .heading && $0.section == -1 && document[$0.node].kind == .heading })
            ?? plainTitleLine().flatMap({ title in meeting.lines.first { $0.node == title.node } })
        {
            let mention = DateReader.firstMention(in: meeting.tokens[titleLine.tokens], bytes: bytes, order: order)
            if let mention, case .full(let day) = mention.value { meeting.meetingDate = .valid(day, mention.range) }
        }
        // Looked up once: `field(_:)` searches every field.
        let nextMeetingValue = meeting.fieldIndex(.nextMeeting).map { meeting.fields[$0].valueRange }
        if let value = nextMeetingValue {
            var next = fact(of: value)
            if case .unset = next, let day = relativeNext(value) { next = .valid(day, value) }
            meeting.nextMeetingDate = next
        } else if let section = meeting.sections.first(where: { $0.conceptSet.contains(.nextMeeting) }) {
            // `After the assessment (date to be confirmed).`: no date is set, whatever date a
            // later paragraph gives (`Sam will go through the plan with Tyler on 20/11/2026`).
            let mentions = undated(firstLineOf: section) ? [] : DateReader.mentions(in: meeting.contentTokens(of: section), bytes: bytes, order: order)
            if let mention = mentions.first(where: { if case .full = $0.value { return true }; if case .impossible = $0.value { return true }; return false }) ?? mentions.first {
                switch mention.value {
                case .full(let day): meeting.nextMeetingDate = .valid(day, mention.range)
                case .impossible: meeting.nextMeetingDate = .impossible(mention.range)
                case .dayMonth, .monthYear:
                    if let day = mention.resolved(against: meeting.meetingDate.day) {
                        meeting.nextMeetingDate = .valid(day, mention.range)
                    } else {
                        meeting.nextMeetingDate = .unset(section.headingRange)
                    }
                }
            } else {
                meeting.nextMeetingDate = .unset(section.headingRange)
            }
        }
        if case .unset(let range) = meeting.nextMeetingDate, nextMeetingValue != nil {
            meeting.nextMeetingDate = yearless(range)
        }
        if let field = meeting.fieldIndex(.circulated) {
            meeting.circulatedDate = fact(of: meeting.fields[field].valueRange)
            if case .unset(let range) = meeting.circulatedDate { meeting.circulatedDate = yearless(range) }
        }
        if meeting.fieldIndex(.previousMeeting) != nil { meeting.isReview = true }
    }

    /// Whether the first line of a section's content with words on it says its date is yet to be
    /// set (`records/date-unset`: `to be confirmed`, `TBC`) and gives no date of its own.
    func undated(firstLineOf section: Section) -> Bool {
        guard let line = section.lines.first(where: { !meeting.lines[$0].tokens.isEmpty }) else { return false }
        let tokens = meeting.tokens[meeting.lines[line].tokens]
        return vocabulary.dateUnset.firstMatch(in: tokens) != nil
            && DateReader.firstMention(in: tokens, bytes: bytes, order: settings.dateOrder) == nil
    }

    /// What a field's value (or the part of it at `range`) that gave no whole date says as a
    /// date without a year: `Next meeting: 14 May` and `Date circulated: 16/01` mean the next
    /// such day on or after the meeting. Still unset if it holds none, or the meeting has no date.
    func yearless(_ range: SourceRange) -> DateFact {
        let tokens = self.tokens(in: range)
        if let mention = DateReader.firstMention(in: tokens[...], bytes: bytes, order: settings.dateOrder)
            ?? DateReader.leadingDayAndMonth(tokens[...], bytes: bytes, order: settings.dateOrder),
            let day = mention.resolved(against: meeting.meetingDate.day)
        {
            return .valid(day, mention.range)
        }
        return .unset(range)
    }

    /// What a date field's value (standing at `value`) says: the first date written in it. `tokens`
    /// is a buffer for the value's tokens, lent so that one serves every field.
    static func dateFact(of value: SourceRange, bytes: [UInt8], order: DateOrder, tokens: inout [Token]) -> DateFact {
        tokens.removeAll(keepingCapacity: true)
        Tokenizer.tokenize(bytes, value, into: &tokens)
        guard let mention = DateReader.firstMention(in: tokens[...], bytes: bytes, order: order) else { return .unset(value) }
        switch mention.value {
        case .full(let day): return .valid(day, mention.range)
        case .impossible: return .impossible(mention.range)
        case .dayMonth, .monthYear: return .unset(mention.range)
        }
    }

    /// `Next review: in 6 weeks` resolved against the meeting date.
    func relativeNext(_ range: SourceRange) -> Day? {
        let tokens = self.tokens(in: range)
        let context = TimescaleReader.Context(meeting: meeting.meetingDate.day, nextMeeting: nil, holidays: settings.holidays, order: settings.dateOrder)
        for timescale in vocabulary.timescales.read(tokens[...], bytes: bytes, context: context) {
            if case .relative(let day) = timescale.kind, let day { return day }
        }
        return nil
    }

    /// Every date written in the record, for `date-sanity`.
    mutating func readAllDates() {
        var dates: [DateMention] = []
        // Records write a score of dates or so: room made once rather than grown from one.
        dates.reserveCapacity(32)
        DateReader.appendMentions(inLines: meeting.lines, of: meeting.tokens, bytes: bytes, order: settings.dateOrder, to: &dates)
        meeting.dates = dates
    }

    // MARK: - Profile

    mutating func readProfile() {
        let type = meeting.field(.type)
        meeting.typeText = type?.value
        var best: (id: String, length: Int)?
        // The review words are looked for in the text that gave the type, else in the first
        // candidate: each read as its tokens are at hand, in one buffer for every candidate
        // (room made once rather than grown token by token).
        var tokens: [Token] = []
        swap(&tokens, &tokenRoom)
        defer { swap(&tokens, &tokenRoom) }
        tokens.reserveCapacity(32)
        var review = false
        var firstIsReview = false
        // The candidates, in order: the type field's value, the title field's, the title (else
        // a title line: `titleLine()`). Each taken where it stands, rather than gathered in an
        // array made for them.
        var position = 0
        for source in 0..<3 {
            var text: String
            switch source {
            case 0:
                guard let value = type?.value else { continue }
                text = value
            case 1:
                guard let value = titleFieldsText() else { continue }
                text = value
            default:
                guard let value = meeting.title ?? titleLine() else { continue }
                text = value
            }
            tokens.removeAll(keepingCapacity: true)
            text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
            for matcher in settings.profileMatchers.indices {
                let length = MeetingBuilder.longestMatch(of: settings.profileMatchers[matcher].phrases, in: tokens[...])
                if length > (best?.length ?? 0) { best = (settings.profileMatchers[matcher].id, length) }
            }
            if best != nil {
                review = vocabulary.reviewWords.firstMatch(in: tokens[...]) != nil
                break
            }
            if position == 0 { firstIsReview = vocabulary.reviewWords.firstMatch(in: tokens[...]) != nil }
            position += 1
        }
        if let best {
            meeting.profileID = best.id
            meeting.typeRecognised = true
        } else {
            meeting.profileID = settings.defaultProfile
            review = firstIsReview
        }
        if review { meeting.isReview = true }
    }

    /// The values of the title fields, joined by ` | ` so that no phrase runs from one to the
    /// next: an email's `Subject: FW: Notes - Amelia R.` above `Meeting: Child in Need review`.
    func titleFieldsText() -> String? {
        var text: String?
        for index in meeting.fields.indices where meeting.fields[index].key == .title {
            text = text.map { $0 + " | " + meeting.fields[index].value } ?? meeting.fields[index].value
        }
        return text
    }

    /// The most bytes a title line (`titleLine()`) may have: a title, not a sentence of the text.
    static let longestTitleLine = 120
    /// The most lines a title (`titleLine()`) may run to, and the most paragraphs it may take them
    /// from: a school's or service's name above the meeting's name, perhaps with a blank line
    /// between them.
    static let mostTitleLines = 3
    static let mostTitleParagraphs = 2

    /// A title written as the record's opening lines, with no `#`, as a word processor's export
    /// leaves it (`Early Help – Team Around the Family (TAF) Review Meeting`, or `Oakfield Primary
    /// School` above `TEAM AROUND THE CHILD (TAC) MEETING – MINUTES`): the text lines the record
    /// opens with, in its first paragraph and (if that one has only such lines) its second, up to
    /// `mostTitleLines` of them, joined by ` | ` (so that no phrase runs from one to the next). A
    /// paragraph gives its lines only when each is at most `longestTitleLine` bytes, none ends
    /// as a sentence (`endsAsSentence`: an initial's full stop is none) and any lines after them
    /// are fields (`Child: M.M. (9)`): text it runs on into, or a sentence, is not a title. (Text
    /// after those fields, in a record pasted with no blank lines, is the record's: the title
    /// ended at the fields.) For a record with no title field and no level-1 heading.
    func titleLine() -> String? {
        var lines: [String] = []
        var paragraphs = 0
        var block = document[Document.root].firstChild
        blocks: while block >= 0, paragraphs < MeetingBuilder.mostTitleParagraphs {
            let node = document[block]
            block = node.nextSibling
            switch node.kind {
            case .htmlComment:
                continue
            case .paragraph:
                paragraphs += 1
                var found: [SourceRange] = []
                var line = node.firstChild
                var fields = false
                var heading = false
                while line >= 0 {
                    let child = document[line]
                    line = child.nextSibling
                    guard let content = titleText(of: child, first: lines.isEmpty && found.isEmpty) else {
                        fields = true
                        continue
                    }
                    // Text after the fields, in a record pasted with no blank lines: the title
                    // ended at them.
                    if fields { break }
                    // A line that opened a section (`Present`, `**Present**`, in a record pasted
                    // with no blank lines) ends the title's lines and its fields, as a blank line
                    // would: the section's lines are none of the title.
                    if opensPseudoSection(child.range) {
                        heading = true
                        break
                    }
                    guard content.end - content.start <= MeetingBuilder.longestTitleLine, !MeetingBuilder.endsAsSentence(content, in: bytes) else { break blocks }
                    found.append(content)
                }
                guard lines.count + found.count <= MeetingBuilder.mostTitleLines else { break blocks }
                lines += found.map { plain($0) }
                if fields || heading { break blocks }
            default:
                break blocks
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: " | ")
    }

    /// The record's first line when it is a title typed with no `#`, as a record pasted from a
    /// word processor opens (`CIN meeting – Jayden R (8) – 4/3/26`): the first line of its first
    /// paragraph, text of at most `longestTitleLine` bytes, not ending as a sentence
    /// (`endsAsSentence`), that names a meeting (a meeting type's words, or one of `titleWords`:
    /// `meeting`, `minutes`, `review` …), so that a first line that is a person or a sentence is
    /// none: its node and its text (`titleText(of:first:)`). Read for the child's name and the
    /// meeting's date, only where no field and no `#` title gives them.
    func plainTitleLine() -> (node: Int32, text: SourceRange)? {
        var block = document[Document.root].firstChild
        while block >= 0, document[block].kind == .frontMatter || document[block].kind == .htmlComment { block = document[block].nextSibling }
        guard block >= 0, document[block].kind == .paragraph else { return nil }
        let line = document[block].firstChild
        guard line >= 0, let content = titleText(of: document[line], first: true) else { return nil }
        guard content.count <= MeetingBuilder.longestTitleLine, !MeetingBuilder.endsAsSentence(content, in: bytes) else { return nil }
        let tokens = self.tokens(in: content)
        guard tokens.contains(where: { MeetingBuilder.titleWords.contains($0.folded) })
            || settings.profileMatchers.contains(where: { $0.phrases.firstMatch(in: tokens[...]) != nil })
        else { return nil }
        return (line, content)
    }

    /// The text a paragraph's line may give a title: a line of text's, or, for the record's
    /// `first` line, the whole of a line that reads as a field whose key is no field's
    /// (`Multi-agency professionals meeting: Jamie (7) and Kayla (5)`, a title with a colon). Nil
    /// for a field (`Date: …`, and after the first line `Purpose: …` too).
    func titleText(of line: Node, first: Bool) -> SourceRange? {
        switch line.kind {
        case .textLine: return line.content
        case .fieldLine: return first && vocabulary.fieldKey(bytes, line.key) == nil ? line.range : nil
        default: return nil
        }
    }

    /// Whether the line at `range` opened a section as a line of its own: bold, or plain
    /// (`mayBePlainHeading`).
    func opensPseudoSection(_ range: SourceRange) -> Bool {
        meeting.sections.contains { $0.style == .pseudoHeading && $0.headingRange == range }
    }

    /// The length of the longest of `phrases.matches(in: tokens)` (0 if none), read in place
    /// rather than listed: each match in turn, passing over a match once found.
    static func longestMatch(of phrases: PhraseSet, in tokens: ArraySlice<Token>) -> Int {
        var longest = 0
        var index = tokens.startIndex
        while index < tokens.endIndex {
            guard let length = phrases.match(tokens, at: index) else {
                index += 1
                continue
            }
            longest = max(longest, length)
            index += length
        }
        return longest
    }

    // MARK: - Suppressions

    mutating func readSuppressions() {
        for index in commentNodes {
            let node = document[index]
            if let suppression = MeetingBuilder.suppression(bytes: bytes, node.content, comment: node.range) {
                meeting.suppressions.append(suppression)
            }
        }
    }

    /// The directives, each before any that is a prefix of it.
    static let directives: [(word: StaticString, scope: Suppression.Scope)] = [
        ("meetinglint-disable-next-line", .nextLine), ("meetinglint-disable-file", .file),
        ("meetinglint-disable", .disable), ("meetinglint-enable", .enable),
    ]

    /// Reads `meetinglint-disable[-next-line|-file] RULE, RULE -- reason` or `meetinglint-enable RULE`.
    static func suppression(bytes: [UInt8], _ content: SourceRange, comment: SourceRange) -> Suppression? {
        // Most comments are no directive: turned away on bytes. Every directive starts with
        // `meetinglint-` after white space, and no other text compares equal to those characters.
        // The white space is skipped on bytes, so CR LF (one Character) skips as LF does.
        var start = content.start
        while start < content.end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") || bytes[start] == UInt8(ascii: "\n") || bytes[start] == UInt8(ascii: "\r") {
            start += 1
        }
        guard TextKey.starts(bytes[start..<content.end], at: 0, with: "meetinglint-") else { return nil }
        // The directive is found on bytes (`hasPrefix` on the text compares characters, at some
        // ten thousand instructions a directive). It ends at white space or the comment's end,
        // tested on the byte after it so that CR LF (one Character) ends it as LF does: a directive
        // whose characters would not match (a mark combining with its last letter) fails that test.
        let text = bytes[start..<content.end]
        guard let (word, scope) = MeetingBuilder.directives.first(where: { TextKey.starts(text, at: 0, with: $0.word) }) else { return nil }
        let after = start + word.utf8CodeUnitCount
        guard after == content.end || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") || bytes[after] == UInt8(ascii: "\n")
            || bytes[after] == UInt8(ascii: "\r")
        else { return nil }
        let body = String(decoding: text, as: UTF8.self)[...]
        // The directive's characters are its bytes (ASCII, ending where a character does).
        let afterDirective = body.dropFirst(word.utf8CodeUnitCount)
        var rulesPart = afterDirective
        var reason: String?
        if let dashes = afterDirective.firstWholeRange(of: "--") {
            rulesPart = afterDirective[..<dashes.lowerBound]
            reason = String(afterDirective[dashes.upperBound...]).trimmingSpaces
        }
        // Rule ids run between commas and white space; each is read from the record's bytes whole,
        // so one with a character beyond ASCII is quoted as written.
        var rules: [(id: String, range: SourceRange)] = []
        // (The text was decoded with invalid bytes replaced, which may lengthen it: kept inside the comment.)
        let rulesEnd = min(after + rulesPart.utf8.count, content.end)
        var idStart = after
        for offset in after...rulesEnd {
            let separates = offset == rulesEnd || bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: " ")
                || bytes[offset] == UInt8(ascii: "\t") || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r")
            guard separates else { continue }
            if idStart < offset { rules.append((String(decoding: bytes[idStart..<offset], as: UTF8.self), SourceRange(idStart, offset))) }
            idStart = offset + 1
        }
        return Suppression(scope: scope, rules: rules, reason: reason?.isEmpty == true ? nil : reason, range: comment)
    }
}
