/// A meeting record as the rules see it: built once per record from its syntax tree, so every rule
/// reads the same facts and none re-parses text.
public struct Meeting: Sendable {
    /// The record's syntax tree (and through it, its source).
    public let document: Document
    /// Metadata fields in record order: front matter first, then body fields.
    public internal(set) var fields: [Field] = []
    /// Sections in record order.
    public internal(set) var sections: [Section] = []
    /// Every line of text the record holds (headings, paragraph lines, table cells, front-matter
    /// values), in record order, with its tokens.
    public internal(set) var lines: [TextLine] = []
    /// The tokens of every line, in order.
    public internal(set) var tokens: [Token] = []
    /// The people listed as attending.
    public internal(set) var attendees: [Person] = []
    /// The people listed as sending apologies or not attending.
    public internal(set) var apologies: [Person] = []
    /// Whether an apologies list says, in so many words, that there were none.
    public internal(set) var apologiesExplicitlyNone = false
    /// The actions agreed at this meeting.
    public internal(set) var actions: [Action] = []
    /// The actions from the previous meeting, under review.
    public internal(set) var previousActions: [Action] = []
    /// The profile that applies, chosen from `type` (or the configured default).
    public internal(set) var profileID: String = "generic"
    /// Whether the record's `type` (or title) named a meeting type that a profile matches.
    public internal(set) var typeRecognised = false
    /// The text that gave the meeting type, if any.
    public internal(set) var typeText: String?
    /// Whether this is a review meeting (the type says so, or a previous meeting is named).
    public internal(set) var isReview = false
    /// The meeting's date.
    public internal(set) var meetingDate: DateFact = .missing
    /// The next meeting's date.
    public internal(set) var nextMeetingDate: DateFact = .missing
    /// The date the record was circulated.
    public internal(set) var circulatedDate: DateFact = .missing
    /// Every date written in the record.
    public internal(set) var dates: [DateMention] = []
    /// The child's names and initials, from the `child` field.
    public internal(set) var childNames: [String] = []
    /// How many children the `child` field names (`Leo (9), Mia (6)` is two).
    public internal(set) var childCount = 0
    /// Whether every child the `child` field names is a baby or under three (`Poppy (5 months)`,
    /// `Baby W.`, `unborn`): too young to be told the outcome themselves.
    public internal(set) var childrenTooYoungToBeTold = false
    /// Whether every child the `child` field names is not yet born (`Unborn baby M (EDD 02/04/2026)`,
    /// `Unborn baby of: Jade T.`): nobody can have seen them or gathered their views.
    public internal(set) var childUnborn = false
    /// The title: the `title` field or the level-1 heading.
    public internal(set) var title: String?
    /// The sentences of the body text, headings left out, and with them.
    public internal(set) var bodySentences: [Sentence] = []
    public internal(set) var sentencesWithHeadings: [Sentence] = []
    /// The suppression comments.
    public internal(set) var suppressions: [Suppression] = []
    /// How numeric dates were read.
    public internal(set) var dateOrder: DateOrder = .dmy
    /// Days other than weekends that are not working days.
    public internal(set) var holidays: Set<Day> = []

    init(document: Document) { self.document = document }

    /// The record's source.
    public var source: SourceFile { document.source }

    // Lists of fields and people are searched by index, their elements read in place: a search
    // over the elements themselves copies (and retains) every one it passes.

    /// The first field with this key.
    public func field(_ key: FieldKey) -> Field? {
        guard let index = fieldIndex(key) else { return nil }
        return fields[index]
    }

    /// The index of the first field with this key: for a reader that needs only some of the
    /// field's parts, read in place (a copy of the field retains its value and the record's bytes).
    func fieldIndex(_ key: FieldKey) -> Int? {
        for index in fields.indices where fields[index].key == key { return index }
        return nil
    }

    /// The indexes of the sections that mean each concept, concept after concept: those of the
    /// concept with ordinal `c` are `conceptSections[conceptStarts[c]..<conceptStarts[c + 1]]`.
    /// Two arrays a record, rather than one for every concept a record names.
    var conceptSections: [Int] = []
    var conceptStarts: [Int] = []

    /// The indexes of the sections that mean `concept`, in the order they were found.
    func sectionIndexes(_ concept: Concept) -> ArraySlice<Int> {
        let ordinal = concept.ordinal
        guard ordinal + 1 < conceptStarts.count else { return [] }
        return conceptSections[conceptStarts[ordinal]..<conceptStarts[ordinal + 1]]
    }

    /// The sections that mean `concept`.
    public func sections(_ concept: Concept) -> [Section] { sectionIndexes(concept).map { sections[$0] } }

    /// Whether a section means `concept`.
    public func hasSection(_ concept: Concept) -> Bool { !sectionIndexes(concept).isEmpty }

    /// Whether a section that means `concept` has content that is not a placeholder.
    public func hasSubstantialSection(_ concept: Concept) -> Bool {
        sectionIndexes(concept).contains { sections[$0].substance == .present }
    }

    /// The tokens of a line.
    public func tokens(of line: TextLine) -> ArraySlice<Token> { tokens[line.tokens] }

    /// The tokens of a section's content: what stands under its heading (subsections included,
    /// the heading not), or a field-style section's value.
    public func contentTokens(of section: Section) -> ArraySlice<Token> {
        guard let first = section.lines.first, let last = section.lines.last else { return tokens[0..<0] }
        if section.style == .field {
            let line = lines[first]
            let valueStart = document[line.node].content.start
            let all = tokens[line.tokens]
            let start = all.firstIndex { $0.range.start >= valueStart } ?? all.endIndex
            return all[start...]
        }
        return tokens[lines[first].tokens.lowerBound..<lines[last].tokens.upperBound]
    }

    /// The text of a range of the record.
    public func text(_ range: SourceRange) -> String { document.text(range) }

    /// Whether the child is listed as attending.
    public var childAttended: Bool { attendees.indices.contains { attendees[$0].isChild } }

    /// Whether a parent or carer is listed as attending.
    public var familyAttended: Bool { attendees.indices.contains { attendees[$0].isFamily } }

    /// Whether the record lists anyone as attending (an empty attendance section is no list).
    public var hasAttendanceList: Bool { !attendees.isEmpty }

    /// The context timescales are resolved in.
    public var timescaleContext: TimescaleReader.Context {
        TimescaleReader.Context(meeting: meetingDate.day, nextMeeting: nextMeetingDate.day, holidays: holidays, order: dateOrder)
    }
}

extension Meeting {
    /// The plain text of a range of a record's bytes: emphasis and code marks dropped, spaces
    /// collapsed. One reading with the builder's (`MeetingBuilder.plain(_:_:vectorised:)`).
    @inline(__always)
    static func plainText(of range: SourceRange, in bytes: [UInt8]) -> String {
        MeetingBuilder.plain(bytes, range)
    }

    /// Whether `plainText(of:in:)` keeps this byte wherever it stands: it neither drops nor trims
    /// anything but marks, spaces and underscores.
    @inline(__always)
    static func plainTextKeeps(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "*") && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "_") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
            && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r")
    }

    /// Whether `plainText(of:in:)` is empty, mostly without making it: not if it keeps a byte.
    static func plainTextIsEmpty(of range: SourceRange, in bytes: [UInt8]) -> Bool {
        for index in range.start..<range.end where plainTextKeeps(bytes[index]) { return false }
        return plainText(of: range, in: bytes).isEmpty
    }
}

/// A metadata field: `key: value` in the front matter, a body line or a two-column table row.
public struct Field: Sendable {
    /// The canonical key.
    public var key: FieldKey
    /// The key as written: the plain text of `keyRange`, made when asked for (no rule reads it
    /// as a rule runs, so no field makes it as the model is built).
    public var writtenKey: String { Meeting.plainText(of: keyRange, in: bytes) }
    /// Where the key stands.
    public var keyRange: SourceRange
    /// The value, trimmed.
    public var value: String
    /// Where the value stands.
    public var valueRange: SourceRange
    /// The whole line (or row).
    public var lineRange: SourceRange
    /// Whether it stands in the front matter.
    public var inFrontMatter: Bool
    /// The record's bytes, which the key's text is read from.
    private let bytes: [UInt8]

    /// A field whose key stands at `keyRange` of `bytes`.
    init(key: FieldKey, keyRange: SourceRange, value: String, valueRange: SourceRange, lineRange: SourceRange, inFrontMatter: Bool, bytes: [UInt8]) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
        self.valueRange = valueRange
        self.lineRange = lineRange
        self.inFrontMatter = inFrontMatter
        self.bytes = bytes
    }
}

/// A date the meeting model needs (the meeting's, the next meeting's), and what became of it.
public enum DateFact: Sendable, Hashable {
    /// Not written anywhere.
    case missing
    /// Written, but not as a date (`TBC`, `to be arranged`): `range` is where.
    case unset(SourceRange)
    /// Written like a date, but no such day exists (`31/02/2026`).
    case impossible(SourceRange)
    /// A day.
    case valid(Day, SourceRange)

    /// The day, if valid.
    public var day: Day? {
        if case .valid(let day, _) = self { return day }
        return nil
    }

    /// Where it was written, if it was.
    public var range: SourceRange? {
        switch self {
        case .missing: return nil
        case .unset(let range), .impossible(let range), .valid(_, let range): return range
        }
    }
}

/// A section of a record: a heading and what stands under it, or a field whose key names a
/// concept (`**Apologies:** None`).
public struct Section: Sendable {
    /// How the section was written.
    public enum Style: Sendable, Hashable {
        /// A markdown heading.
        case heading
        /// A line that stands alone as a heading: `**Apologies**` or `**Apologies:**` with nothing after it.
        case pseudoHeading
        /// A field whose key names the concept; its value is the content: `Apologies: None`.
        case field
    }

    /// Whether a section says something.
    public enum Substance: Sendable, Hashable {
        /// Nothing under the heading.
        case empty
        /// Only a placeholder (`N/A`, `TBC`, `not discussed`, `[add views here]`).
        case placeholder
        /// Real content.
        case present
    }

    /// The concepts the heading names (two for `Attendance and apologies`); empty when it names
    /// none. In `Concept.allCases` order: an array made from `conceptSet` when asked for.
    public var concepts: [Concept] { Array(conceptSet) }
    /// The concepts the heading names, as a set.
    public var conceptSet: ConceptSet
    /// The concepts in force: its own, or if it has none, its parent section's.
    public var context: ConceptSet
    /// The heading's text: the plain text of `titleRange`, made when asked for (rules read few
    /// sections' titles, and a title of more than fifteen bytes is a string with storage).
    public var title: String { Meeting.plainText(of: titleRange, in: bytes) }
    /// Where the heading's text stands (without the heading's marks), or the field's key, or the
    /// table's column title.
    public var titleRange: SourceRange
    /// The heading's line (or the field's key).
    public var headingRange: SourceRange
    /// 1–6 for headings, 7 for a pseudo-heading, 8 for a field.
    public var level: Int
    /// How it was written.
    public var style: Style
    /// The enclosing section's index, or -1.
    public var parent: Int
    /// The indexes into `Meeting.lines` of its content (subsections included).
    public var lines: Range<Int>
    /// The top-level blocks that stand directly in it (not in a subsection): a slice of one
    /// array that holds every section's blocks, rather than an array of its own for each.
    public var blocks: ArraySlice<Int32>
    /// Whether it says something.
    public var substance: Substance = .empty
    /// The record's bytes, which the title's text is read from.
    private let bytes: [UInt8]

    /// A section whose title stands at `titleRange` of `bytes`.
    init(
        concepts: ConceptSet, context: ConceptSet, titleRange: SourceRange, bytes: [UInt8], headingRange: SourceRange, level: Int, style: Style,
        parent: Int, lines: Range<Int>, blocks: ArraySlice<Int32>
    ) {
        self.conceptSet = concepts
        self.context = context
        self.titleRange = titleRange
        self.bytes = bytes
        self.headingRange = headingRange
        self.level = level
        self.style = style
        self.parent = parent
        self.lines = lines
        self.blocks = blocks
    }
}

/// A line (or table cell, or front-matter value) of a record's text, with its tokens.
///
/// Its offsets and indexes are kept in 32 bits (28 bytes a line rather than 56): a record has at
/// most `Document.longestParsed` (`UInt32.max`) bytes, and tokens only below
/// `Token.largestOffset`, so fewer tokens, sections and nodes than `Int32.max`. A huge record has
/// a line for every 45 bytes or so.
public struct TextLine: Sendable {
    /// Where the line came from.
    public enum Kind: Sendable, Hashable {
        case heading, text, field, cell, frontMatter
    }

    /// The text's first byte and one past its last.
    private var start: UInt32
    private var end: UInt32
    /// The line's first token and one past its last, in `Meeting.tokens`.
    private var firstToken: Int32
    private var endToken: Int32
    /// The section's index (-1 before the first).
    private var sectionIndex: Int32
    /// The syntax node it came from.
    public var node: Int32
    /// What it is.
    public var kind: Kind

    /// The text's range (without container markers and indentation). Offsets past `UInt32.max`
    /// (never met: the parser reads no further) would be read as `UInt32.max`.
    public var range: SourceRange {
        @inline(__always) get { SourceRange(ordered: Int(start), Int(end)) }
        set {
            start = UInt32(clamping: newValue.start)
            end = UInt32(clamping: newValue.end)
        }
    }

    /// The range of its tokens in `Meeting.tokens`.
    public var tokens: Range<Int> {
        // Set from a range, so in order (and not checked again at every read).
        @inline(__always) get { Range(uncheckedBounds: (Int(firstToken), Int(endToken))) }
        @inline(__always) set {
            firstToken = Int32(truncatingIfNeeded: newValue.lowerBound)
            endToken = Int32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// The section it stands in, or -1 before the first.
    public var section: Int {
        @inline(__always) get { Int(sectionIndex) }
        set { sectionIndex = Int32(clamping: newValue) }
    }

    /// A line of `range`, its tokens `tokens`, of `kind`, in section `section` (-1 before the
    /// first), made of syntax node `node`. The offsets are a record's (`0...UInt32.max`), the
    /// indexes below `Int32.max`, so they are kept as they are, not tested (the builder makes a
    /// line for every line of a record).
    public init(range: SourceRange, tokens: Range<Int>, kind: Kind, section: Int, node: Int32) {
        start = UInt32(truncatingIfNeeded: range.start)
        end = UInt32(truncatingIfNeeded: range.end)
        firstToken = Int32(truncatingIfNeeded: tokens.lowerBound)
        endToken = Int32(truncatingIfNeeded: tokens.upperBound)
        sectionIndex = Int32(truncatingIfNeeded: section)
        self.node = node
        self.kind = kind
    }
}

/// Someone listed as attending or sending apologies (SPEC 2.3).
public struct Person: Sendable {
    /// The name as written.
    public var name: String {
        get { given?.name ?? Meeting.plainText(of: spans.name, in: bytes) }
        set { give(name: newValue) }
    }
    /// The role, if given.
    public var role: String? {
        get { given.map(\.role) ?? spans.role.map { Meeting.plainText(of: $0, in: bytes) } }
        set { give(role: newValue) }
    }
    /// The agency, if given.
    public var agency: String? {
        get { given.map(\.agency) ?? spans.agency.map { Meeting.plainText(of: $0, in: bytes) } }
        set { give(agency: newValue) }
    }
    /// Parenthesised notes: `chair`, `by phone`, `left at 11:00`.
    public var notes: [String] {
        get { given?.notes ?? noteSpans.map { Meeting.plainText(of: $0, in: bytes) } }
        set { give(notes: newValue) }
    }
    /// Calls `body` with each note's text in turn: `notes` without the array.
    func forEachNote(_ body: (String) -> Void) {
        if let given {
            for note in given.notes { body(note) }
            return
        }
        for span in noteSpans { body(Meeting.plainText(of: span, in: bytes)) }
    }

    /// The entry's line.
    public var range: SourceRange
    /// Whether the entry is the child.
    public var isChild: Bool
    /// Whether the entry is a parent or carer.
    public var isFamily: Bool
    /// The folded hashes of every word of the entry (name, role, agency, notes), for matching
    /// owners against people without building strings.
    public var words: ArraySlice<UInt64> { hashes(hashStarts.words, hashStarts.name) }
    /// The folded hashes of the name's own words (titles such as `Dr` left out).
    public var nameWords: ArraySlice<UInt64> { hashes(hashStarts.name, hashStarts.role) }
    /// The folded hashes of the role's, agency's and notes' words.
    public var roleWords: ArraySlice<UInt64> { hashes(hashStarts.role, hashStarts.end) }
    /// The folded hash of the name's initials (`Tom Reed` → `TR`), if it has two words or more.
    public var initials: UInt64?
    /// The folded hash of the initial of the name's last word (`Miss Chloe Turner` → `T`), for an
    /// owner written as a title and that initial (`Miss T`), as schools write teachers' names.
    public var surnameInitial: UInt64?

    /// Where the notes stand: `spans.notes` of everyone's notes' ranges (`sharedNotes`), each
    /// note's ranges given with everyone's hashes: one array for a record's people's notes rather
    /// than one for each person with notes.
    var noteSpans: ArraySlice<SourceRange> {
        guard spans.notes.lowerBound >= 0, spans.notes.upperBound <= sharedNotes.count else { return [] }
        return sharedNotes[spans.notes]
    }
    var sharedNotes: [SourceRange] = []

    /// Everyone's word hashes, read together (`MeetingBuilder.PeopleFound.hashes`): this person's
    /// are `words`, then `nameWords`, then `roleWords`, one run from `hashStarts.words` to
    /// `hashStarts.end`. One array for a record's people, rather than three for each person.
    var sharedHashes: [UInt64] = []
    /// Where this person's word hashes start in `sharedHashes`, list by list.
    var hashStarts = HashStarts(words: 0, name: 0, role: 0, end: 0)

    /// Where each list of a person's word hashes starts in the shared array, and where they end.
    struct HashStarts: Sendable {
        var words: Int
        var name: Int
        var role: Int
        var end: Int
    }

    /// The shared hashes from `start` to `end`: none until the shared array is given (a person
    /// read on their own, before `MeetingBuilder.readPeople(into:)` has finished).
    private func hashes(_ start: Int, _ end: Int) -> ArraySlice<UInt64> {
        guard start <= end, end <= sharedHashes.count else { return [] }
        return sharedHashes[start..<end]
    }

    /// Where the entry's parts stand: their text is the plain text of these ranges, made when
    /// asked for (few rules read it, and then of few people). An empty range is empty text.
    struct Spans: Sendable {
        var name: SourceRange
        var role: SourceRange?
        var agency: SourceRange?
        /// The notes' ranges' place in `sharedNotes`.
        var notes: Range<Int>
    }

    /// The parts' text once any has been set, rather than read from the record.
    final class Given: Sendable {
        let name: String
        let role: String?
        let agency: String?
        let notes: [String]

        init(name: String, role: String?, agency: String?, notes: [String]) {
            self.name = name
            self.role = role
            self.agency = agency
            self.notes = notes
        }
    }

    private(set) var spans: Spans
    /// The record's bytes, which the parts' text is read from.
    let bytes: [UInt8]
    private(set) var given: Given?

    /// A person whose parts stand at `spans` of `bytes`.
    init(bytes: [UInt8], spans: Spans, range: SourceRange, isChild: Bool, isFamily: Bool) {
        self.bytes = bytes
        self.spans = spans
        self.range = range
        self.isChild = isChild
        self.isFamily = isFamily
    }

    /// Sets some parts' text, keeping the others'.
    private mutating func give(name: String? = nil, role: String?? = nil, agency: String?? = nil, notes: [String]? = nil) {
        given = Given(name: name ?? self.name, role: role ?? self.role, agency: agency ?? self.agency, notes: notes ?? self.notes)
    }

    /// Whether the entry says who the person is beyond a name: a role, an agency, or a
    /// relationship to the child.
    public var hasRoleOrAgency: Bool {
        let written = given.map { $0.role != nil || $0.agency != nil } ?? (spans.role != nil || spans.agency != nil)
        return written || isChild || isFamily
    }
}

/// An action agreed at a meeting, or one from the previous meeting under review (SPEC 2.4).
public struct Action: Sendable {
    /// Where a part of an action was found.
    public enum Origin: Sendable, Hashable {
        /// A field inside the item (`Owner: Tom Reed`).
        case field
        /// A table column.
        case column
        /// The owner-first sentence (`Tom Reed to refer …`), or a timescale in the text.
        case text
    }

    /// A part's value and where it stands.
    public struct Part: Sendable {
        /// The text, trimmed: as given, or else the plain text of `range`, made when asked for
        /// (rules read few parts' text, and most tasks are too long for a string without storage).
        public var text: String {
            get { source.text(of: range) }
            set { source = .given(newValue) }
        }
        /// Where it stands.
        public var range: SourceRange
        /// How it was found.
        public var origin: Origin
        /// The part's tokens in `Meeting.tokens`, where the builder made it of a run of one line's
        /// tokens (nil otherwise): what `Meeting.lineTokens(exactly: range)` would find, kept so
        /// that rules reading the part's tokens (`Meeting.partTokens`) need not search the lines.
        /// Kept as a 32-bit start and a 16-bit count, which fit in the padding after `origin`:
        /// a larger part made every action cost more to build and move than the search saved.
        var lineTokens: Range<Int>? {
            get { lineTokenCount == 0 ? nil : Int(firstLineToken)..<(Int(firstLineToken) + Int(lineTokenCount)) }
            set {
                // A run too far into a huge record, or too long, is not kept (rules search for it).
                if let newValue, let start = Int32(exactly: newValue.lowerBound), let count = UInt16(exactly: newValue.count) {
                    firstLineToken = start
                    lineTokenCount = count
                } else {
                    firstLineToken = 0
                    lineTokenCount = 0
                }
            }
        }
        /// How many tokens `lineTokens` holds (0: none kept).
        private var lineTokenCount: UInt16 = 0
        /// The first of `lineTokens`.
        private var firstLineToken: Int32 = 0
        /// Where the text comes from: one reference either way, so that a copy of an action
        /// retains one object a part.
        private var source: Source

        private enum Source: Sendable {
            /// Given as it is.
            case given(String)
            /// The plain text of `range` of the record's bytes.
            case record([UInt8])

            /// The text of a part at `range`. Not inlined: a switch on `source` inside `text`
            /// copied the whole part out (through its value witnesses) to take the string.
            @inline(never)
            func text(of range: SourceRange) -> String {
                switch self {
                case .given(let text): return text
                case .record(let bytes): return Meeting.plainText(of: range, in: bytes)
                }
            }
        }

        /// A part whose text is `text`.
        init(text: String, range: SourceRange, origin: Origin) {
            self.source = .given(text)
            self.range = range
            self.origin = origin
        }

        /// A part whose text is `text`, made of the tokens `lineTokens` of one line (as
        /// `init(plainTextOf:in:origin:lineTokens:)` and then `settle()` make it, in one step).
        init(text: String, range: SourceRange, origin: Origin, lineTokens: Range<Int>?) {
            self.source = .given(text)
            self.range = range
            self.origin = origin
            self.lineTokens = lineTokens
        }

        /// A part whose text is the plain text of `range` of `bytes`, which must not be empty.
        /// `lineTokens` are the part's tokens when they are a run of one line's tokens.
        init(plainTextOf range: SourceRange, in bytes: [UInt8], origin: Origin, lineTokens: Range<Int>? = nil) {
            self.source = .record(bytes)
            self.range = range
            self.origin = origin
            self.lineTokens = lineTokens
        }

        /// Whether the text is empty, without making it: text read from the record never is.
        var isEmpty: Bool {
            if case .given(let text) = source { return text.isEmpty }
            return false
        }

        /// Makes the text now, for a part that rules read often.
        mutating func settle() {
            if case .record(let bytes) = source { source = .given(Meeting.plainText(of: range, in: bytes)) }
        }
    }

    /// The action's first line (the list item's first line, or the table row).
    public var range: SourceRange
    /// The task.
    public var what: Part?
    /// Who will do it.
    public var owner: Part?
    /// The due field's or column's text, if there is one.
    public var dueText: Part?
    /// When it will be done.
    public var due: Timescale?
    /// Whether `due` came from a due field or column, or a date after `by`.
    public var dueIsExplicit: Bool
    /// How success will be known.
    public var measure: Part?
    /// Its status (previous actions).
    public var status: Part?
    /// Its task box, if it is a task item.
    public var task: TaskState
    /// The range of its tokens in `Meeting.tokens` (all its text).
    public var tokens: Range<Int>
    /// The tokens of the task itself (`what`), in `Meeting.tokens`.
    public var whatTokens: Range<Int>
    /// Whether it is a previous meeting's action.
    public var isPrevious: Bool
}

/// A `<!-- meetinglint-… -->` comment (SPEC 2.6).
public struct Suppression: Sendable {
    /// What the comment covers.
    public enum Scope: Sendable, Hashable {
        /// From here until a matching `enable` or the end of the record.
        case disable
        /// Ends an earlier `disable`.
        case enable
        /// The line after the comment.
        case nextLine
        /// The whole record.
        case file
    }

    /// What it covers.
    public var scope: Scope
    /// The rule ids it names, with where each stands.
    public var rules: [(id: String, range: SourceRange)]
    /// The reason given after `--`, if any.
    public var reason: String?
    /// The comment's range.
    public var range: SourceRange
}
