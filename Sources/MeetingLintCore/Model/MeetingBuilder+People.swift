#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MeetingBuilder {
    /// The people read so far, filed by readers that leave the builder as it is: a non-mutating
    /// method called from a mutating one copies the whole builder at each call.
    struct PeopleFound {
        var attendees: [Person] = []
        var apologies: [Person] = []
        /// Whether apologies are said to be none (`None`, `No apologies`).
        var apologiesExplicitlyNone = false
        /// Room for an entry's body and notes (`addPerson`), taken for each entry and given back
        /// empty: one buffer of each for a record's entries, rather than two made and freed for each.
        var bodyRoom: [Int] = []
        var notesRoom: [Range<Int>] = []
        /// Room for a line's entries (`splitEntries`), taken for each line and given back.
        var entriesRoom: [SourceRange] = []
        /// Everyone's word hashes, person after person (`Person.sharedHashes`): written as people
        /// are read, and given to each of them once all are.
        var hashes: [UInt64] = []
        /// Everyone's notes' ranges, person after person (`Person.sharedNotes`), given with the hashes.
        var noteRanges: [SourceRange] = []
        /// The form rows about people that name no one (`| Attendance | 92% this term |`, a
        /// school's report): no sections of attendance or apologies after all.
        var peopleless: [Int] = []

        /// Gives every person read the shared hashes and notes, now that no more are written.
        /// Each list is written through its buffer: by index, each person's two writes asked
        /// whether the list was uniquely held and checked the index.
        mutating func shareHashes() {
            let (hashes, noteRanges) = (self.hashes, self.noteRanges)
            attendees.withUnsafeMutableBufferPointer { people in
                for index in people.indices { (people[index].sharedHashes, people[index].sharedNotes) = (hashes, noteRanges) }
            }
            apologies.withUnsafeMutableBufferPointer { people in
                for index in people.indices { (people[index].sharedHashes, people[index].sharedNotes) = (hashes, noteRanges) }
            }
        }

        /// Files a person under apologies or attendance. Inlined into its callers, which make the
        /// person just before: called, the person (about a hundred bytes) was handed over in memory.
        @inline(__always)
        mutating func file(_ person: consuming Person, absent: Bool) {
            // Room for a record's usual list at the first, rather than growing one by one.
            if absent {
                if apologies.isEmpty { apologies.reserveCapacity(16) }
                apologies.append(person)
            } else {
                if attendees.isEmpty { attendees.reserveCapacity(32) }
                attendees.append(person)
            }
        }
    }

    /// Reads attendance and apologies: list items, paragraph lines, table rows, or a field's value.
    mutating func readPeople() {
        var found = PeopleFound()
        // A huge record's people, in room made for them all at once: grown from the usual room by
        // doubling, their lists would be copied to new memory again and again, each copy's pages
        // touched afresh. (A usual record's fit the first room, and need no counting.)
        if meeting.tokens.count > MeetingBuilder.hugeRecordTokens { reserveRoomForPeople(in: &found) }
        readPeople(into: &found)
        for index in found.peopleless {
            // A section of no concept of its own, as one opened so would be: in its parent's context.
            let parent = meeting.sections[index].parent
            meeting.sections[index].conceptSet = []
            meeting.sections[index].context = parent >= 0 ? meeting.sections[parent].context : ConceptSet()
        }
        meeting.attendees = found.attendees
        meeting.apologies = found.apologies
        if found.apologiesExplicitlyNone { meeting.apologiesExplicitlyNone = true }
    }

    func readPeople(into found: inout PeopleFound) {
        for index in meeting.sections.indices {
            // Asked in place: only the sections about people are copied out.
            let attendance = meeting.sections[index].context.contains(.attendance)
            let apologies = meeting.sections[index].context.contains(.apologies)
            guard attendance || apologies else { continue }
            // In a combined `Attendance and apologies` section, entries attend unless they say otherwise.
            let absentByDefault = apologies && !attendance
            if apologies, startsWithNone(meeting.sections[index]) { found.apologiesExplicitlyNone = true }

            // Read in place too: a section copied out retains its title and arrays.
            if meeting.sections[index].style == .field {
                let lineIndex = meeting.sections[index].lines.lowerBound
                let line = meeting.lines[lineIndex]
                // A field line's value, or a form row's value cell (the section's line).
                let value = line.kind == .cell ? line.range : document[line.node].content
                var entries: [SourceRange] = []
                swap(&entries, &found.entriesRoom)
                splitEntries(value, inLine: lineIndex, into: &entries)
                let listed = found.attendees.count + found.apologies.count
                for part in entries {
                    addPerson(tokens: entryTokens(part, inLine: lineIndex), line: line.range, absentByDefault: absentByDefault, into: &found)
                }
                swap(&entries, &found.entriesRoom)
                if line.kind == .cell, found.attendees.count + found.apologies.count == listed, !(apologies && startsWithNone(meeting.sections[index])) {
                    found.peopleless.append(index)
                }
                continue
            }
            for block in meeting.sections[index].blocks {
                let node = document[block]
                switch node.kind {
                case .list:
                    // Each item's line looked for first after the last item's (`lineIndex(of:guess:)`).
                    var guess = -1
                    for item in document.children(of: block) {
                        guard let paragraph = document.children(of: item).first(where: { document[$0].kind == .paragraph }),
                            let first = document.children(of: paragraph).first(where: { _ in true })
                        else { continue }
                        let lineRange = document[first].range
                        let itemRange = SourceRange(document[item].range.start, lineRange.end)
                        let lineIndex = lineIndex(of: first, guess: guess)
                        if let lineIndex { guess = lineIndex + 1 }
                        addPerson(tokens: entryTokens(lineRange, inLine: lineIndex), line: itemRange, absentByDefault: absentByDefault, into: &found)
                    }
                case .paragraph:
                    // A paragraph of prose (`Helen explained that the meeting …⏎Theo's sister …`)
                    // lists nobody, on any of its lines. Each line is looked for first after the
                    // one before (`lineIndex(of:guess:)`).
                    if isProseParagraph(block, section: index) { continue }
                    // The room for entries taken for the paragraph's lines, and given back after.
                    var entries: [SourceRange] = []
                    swap(&entries, &found.entriesRoom)
                    var guess = -1
                    for lineNode in document.children(of: block) {
                        let located = lineIndex(of: lineNode, guess: guess)
                        if let located { guess = located + 1 }
                        guard let lineIndex = located, meeting.lines[lineIndex].section == index,
                            meeting.lines[lineIndex].kind != .heading
                        else { continue }
                        let child = document[lineNode]
                        if child.kind == .fieldLine, child.content.isEmpty || namesNoOne(child.key) { continue }
                        // `Jane Smith (SW), Tom Reed (school), Gosia (mum)` on one line is three people;
                        // a sentence of prose (`Helen explained that the meeting …`) is nobody.
                        splitEntries(child.range, inLine: lineIndex, into: &entries)
                        for entry in entries {
                            addPerson(tokens: entryTokens(entry, inLine: lineIndex), line: child.range, absentByDefault: absentByDefault, into: &found)
                        }
                    }
                    swap(&entries, &found.entriesRoom)
                case .table:
                    readPeopleTable(block, absentByDefault: absentByDefault, into: &found)
                default:
                    break
                }
            }
        }
        found.shareHashes()
    }

    /// Whether a paragraph has a text line in the section that reads as prose (`isProse`). Lines
    /// in other sections are not looked at: a record pasted with no blank lines is one
    /// paragraph, its plain-line headings (`Present`) each opening a section of its lines.
    func isProseParagraph(_ block: Int32, section: Int) -> Bool {
        var guess = -1
        for lineNode in document.children(of: block) where document[lineNode].kind == .textLine {
            let lineIndex = lineIndex(of: lineNode, guess: guess)
            if let lineIndex { guess = lineIndex + 1 }
            if let lineIndex, meeting.lines[lineIndex].section != section { continue }
            if isProse(entryTokens(document[lineNode].range, inLine: lineIndex)) { return true }
        }
        return false
    }

    /// Whether a field's key, among the lines of people, is one of the record's that names no one
    /// (`Date circulated: 12/06/2026`, `Next meeting: …`, `Venue: …`): its line is no person.
    /// (The chair's, the minute taker's and the like name someone who may be listed so.)
    func namesNoOne(_ key: SourceRange) -> Bool {
        switch vocabulary.fieldKey(bytes, key) {
        case .date, .time, .venue, .previousMeeting, .nextMeeting, .circulated, .type, .title: true
        default: false
        }
    }

    /// How many tokens a record must have for its people's room to be made at once.
    static let hugeRecordTokens = 65_536

    /// Makes room for the people of the sections about people: at most two word hashes a token
    /// (an entry's words, and its name's, role's and notes' words, which are some of them), and
    /// a person a line (more where a line lists several; fewer in a table, whose cells are
    /// lines). Room that is not used is not touched.
    func reserveRoomForPeople(in found: inout PeopleFound) {
        var tokens = 0
        var lines = 0
        for index in meeting.sections.indices {
            let context = meeting.sections[index].context
            guard context.contains(.attendance) || context.contains(.apologies) else { continue }
            let content = meeting.sections[index].lines
            guard let first = content.first, let last = content.last, last < meeting.lines.count else { continue }
            tokens += meeting.lines[last].tokens.upperBound - meeting.lines[first].tokens.lowerBound
            lines += content.count
        }
        found.hashes.reserveCapacity(2 * tokens)
        found.attendees.reserveCapacity(lines)
    }

    /// The index in `meeting.lines` of the line made from a paragraph-line node.
    func lineIndex(of node: Int32) -> Int? {
        lineIndex(startingAt: document[node].range.start, node: node)
    }

    /// `lineIndex(of:)`, tried first at `guess`: a block's lines are read in order, so the line
    /// after the last one found is most often the one sought, and is taken without a search (a
    /// search of a huge record's million lines, at every line, misses the cache at each step).
    func lineIndex(of node: Int32, guess: Int) -> Int? {
        lineIndex(startingAt: document[node].range.start, node: node, guess: guess)
    }

    /// `lineIndex(startingAt:node:)`, tried first at `guess`. The guess is taken only where the
    /// search would find it: it is from `node`, starts at `start`, and is the first line that
    /// starts there (lines stand in order of their starts). Any other is searched for.
    func lineIndex(startingAt start: Int, node: Int32, guess: Int) -> Int? {
        if guess >= 0, guess < meeting.lines.count, meeting.lines[guess].range.start == start, meeting.lines[guess].node == node,
            guess == 0 || meeting.lines[guess - 1].range.start < start
        {
            return guess
        }
        return lineIndex(startingAt: start, node: node)
    }

    /// The index in `meeting.lines` of the line from `node` that starts at byte `start`.
    func lineIndex(startingAt start: Int, node: Int32) -> Int? {
        // Lines are in document order, so a binary search on the start offset finds it.
        var low = 0
        var high = meeting.lines.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let line = meeting.lines[middle]
            if line.range.start < start {
                low = middle + 1
            } else if line.range.start > start {
                high = middle - 1
            } else {
                // Several lines may share a start (a front-matter value); find the one from this node.
                var candidate = middle
                while candidate > 0, meeting.lines[candidate - 1].range.start == start { candidate -= 1 }
                while candidate < meeting.lines.count, meeting.lines[candidate].range.start == start {
                    if meeting.lines[candidate].node == node { return candidate }
                    candidate += 1
                }
                return nil
            }
        }
        return nil
    }

    /// Whether a section's content starts with `None`, `Nil`, `No apologies`…
    func startsWithNone(_ section: Section) -> Bool {
        var tokens: ArraySlice<Token>
        if section.style == .field {
            tokens = meeting.contentTokens(of: section)
        } else {
            guard let first = section.lines.first(where: { meeting.lines[$0].kind != .heading }) else { return false }
            tokens = meeting.tokens[meeting.lines[first].tokens]
        }
        while let first = tokens.first, first.shape == .punctuation { tokens = tokens.dropFirst() }
        guard !tokens.isEmpty else { return false }
        return vocabulary.noneWords.match(tokens, at: tokens.startIndex) != nil
    }

    /// Splits a field's value into people: at `;`, or at commas when the parts look like entries
    /// of their own (`Jane Smith (SW), Tom Reed (school)`). The range stands in line `lineIndex`,
    /// whose tokens serve for its parts'.
    func splitEntries(_ range: SourceRange, inLine lineIndex: Int?) -> [SourceRange] {
        var parts: [SourceRange] = []
        splitEntries(range, inLine: lineIndex, into: &parts)
        return parts
    }

    /// `splitEntries(_:inLine:)`, put in `parts` (emptied first): one buffer for a record's lines
    /// rather than an array made for each. The parts at semicolons are written first, and those
    /// at commas after them; the ones not chosen are then taken off.
    func splitEntries(_ range: SourceRange, inLine lineIndex: Int?, into parts: inout [SourceRange]) {
        if !parts.isEmpty { parts.removeAll(keepingCapacity: true) }
        // Room for a usual line's parts (at semicolons and at commas) at the first, rather than
        // grown from one.
        if parts.capacity == 0 { parts.reserveCapacity(16) }
        appendParts(of: range, at: UInt8(ascii: ";"), to: &parts)
        let semicolons = parts.count
        if semicolons > 1 { return }
        appendParts(of: range, at: UInt8(ascii: ","), to: &parts)
        let commas = parts[semicolons...]
        if commas.count > 1, chooseCommas(commas, inLine: lineIndex) {
            parts.removeSubrange(..<semicolons)
        } else {
            parts.removeSubrange(semicolons...)
        }
    }

    /// Whether a line split at commas (into more than one part) lists one person a part.
    func chooseCommas(_ commas: ArraySlice<SourceRange>, inLine lineIndex: Int?) -> Bool {
        // `Karen Lister (KL) – Social Worker, Millbrook Children's Social Care (chair)`: a name and
        // a role after a dash (or a colon), then the role's agency, is one person, as it is in a
        // list's item. The parts after the first have no dash of their own, and no bracket that
        // gives a role (`(by phone)`, `(chair)` are notes), unless what stands before it names an
        // agency or a role. (`Tom Reed – SW, Jane Smith – teacher` and `Tom Reed – SW, Jane Smith
        // (teacher)` are two.)
        if let first = commas.first, hasSpacedDash(first) || hasSpacedColon(first),
            commas.dropFirst().allSatisfy({ part in
                guard !hasSpacedDash(part) else { return false }
                guard mayHold(UInt8(ascii: "("), in: part) else { return true }
                let tokens = entryTokens(part, inLine: lineIndex)
                // `Tom Reed (TR)`: someone else, with their initials.
                guard !hasInitialsBracket(tokens) else { return false }
                guard let open = tokens.firstIndex(where: { $0.folded == MeetingBuilder.openBracket }) else { return true }
                let close = tokens[open...].firstIndex { $0.folded == MeetingBuilder.closeBracket } ?? tokens.endIndex
                let inside = tokens[(open + 1)..<close]
                return describesSomeone(tokens[..<open]) || !describesSomeone(inside) || vocabulary.isChairOrMinuteNote(inside)
            })
        {
            return false
        }
        // `Karen Lister (KL), Social Worker, Millbrook Children's Social Care (chair)`: a name with
        // its initials in a bracket, then parts that each name a role or an agency before any
        // bracket of theirs, is one person too. (`Tom Reed (SW), Jane Smith (teacher)` and `Tom
        // Reed (SW), Jo Worker (SW)` are two.)
        if let first = commas.first, hasInitialsBracket(entryTokens(first, inLine: lineIndex)),
            commas.dropFirst().allSatisfy({ part in
                guard !hasSpacedDash(part) else { return false }
                let tokens = entryTokens(part, inLine: lineIndex)
                guard !hasInitialsBracket(tokens) else { return false }
                let open = tokens.firstIndex { $0.folded == MeetingBuilder.openBracket } ?? tokens.endIndex
                return describesSomeone(tokens[..<open])
            })
        {
            return false
        }
        var shaped = 0
        for part in commas where isShapedEntry(part) { shaped += 1 }
        if shaped * 2 >= commas.count { return true }
        // `Jane Smith, Class teacher, Oak Primary` is one person; `Tom Reed, Jane Smith, Gosia (mum)` three.
        if commas.dropFirst().contains(where: { describesSomeone(entryTokens($0, inLine: lineIndex)) }) { return false }
        // Each part a name: one to four words before any bracket, each capitalised. Counted as
        // they are read, rather than listed first.
        return commas.allSatisfy { part in
            var words = 0
            for token in entryTokens(part, inLine: lineIndex) {
                if token.folded == MeetingBuilder.openBracket { break }
                if token.shape == .punctuation { continue }
                words += 1
                let capitalised =
                    token.shape == .initial || token.shape == .upperWord
                    || (token.shape == .word && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z"))
                guard words <= 4, capitalised else { return false }
            }
            return words > 0
        }
    }

    /// Whether a comma-separated part is shaped like one person's entry: it holds `(` or a dash
    /// (`startsDash`). One pass over its bytes, rather than one for each.
    func isShapedEntry(_ part: SourceRange) -> Bool {
        guard part.start >= 0, part.end <= bytes.count else { return false }
        var index = part.start
        while index < part.end {
            switch bytes[index] {
            case UInt8(ascii: "("):
                return true
            case UInt8(ascii: " "), 0xE2:
                if startsDash(at: index, before: part.end) { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// Whether a dash between a name and a role (`Name – Role`) starts at `bytes[index]`, before
    /// `end`: a hyphen with a space each side (` - `, not the one in `step-mum`), or `–` or `—`.
    @inline(__always)
    func startsDash(at index: Int, before end: Int) -> Bool {
        guard index + 3 <= end else { return false }
        if bytes[index] == UInt8(ascii: " ") { return bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == UInt8(ascii: " ") }
        return bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    }

    /// Whether words name a role, an agency or a family member (`Class teacher`, `Oak School`, `mum`).
    func describesSomeone(_ tokens: ArraySlice<Token>) -> Bool {
        vocabulary.professionalWords.firstMatch(in: tokens) != nil || vocabulary.organisationOwners.firstMatch(in: tokens) != nil || isFamilyWords(tokens)
    }

    /// Whether tokens hold a bracket around one word in capitals or an initial after a name:
    /// `Karen Lister (KL)`, `Tom Reed (SW)`.
    func hasInitialsBracket(_ tokens: ArraySlice<Token>) -> Bool {
        guard let open = tokens.firstIndex(where: { $0.folded == MeetingBuilder.openBracket }), open > tokens.startIndex, open + 2 < tokens.endIndex else { return false }
        let word = tokens[open + 1]
        return (word.shape == .upperWord || word.shape == .initial) && tokens[open + 2].folded == MeetingBuilder.closeBracket
    }

    /// Whether a part holds a colon followed by a space, as `Name: Role` does.
    func hasSpacedColon(_ part: SourceRange) -> Bool {
        guard part.start >= 0, part.end <= bytes.count, part.end - part.start > 1 else { return false }
        for index in part.start..<(part.end - 1) where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: " ") { return true }
        return false
    }

    /// Whether a part holds a dash between a name and a role (`startsDash`).
    func hasSpacedDash(_ part: SourceRange) -> Bool {
        guard part.start >= 0, part.end <= bytes.count else { return false }
        var index = part.start
        while index < part.end {
            if startsDash(at: index, before: part.end) { return true }
            index += 1
        }
        return false
    }

    /// Appends the parts of `range` between `separator`s outside brackets, trimmed, leaving out
    /// empty ones.
    func appendParts(of range: SourceRange, at separator: UInt8, to parts: inout [SourceRange]) {
        // Without the separator, the range is one part (or none): no byte need be looked at
        // one by one, as brackets matter only where a separator stands.
        guard mayHold(separator, in: range) else {
            let whole = trim(range)
            if !whole.isEmpty { parts.append(whole) }
            return
        }
        var depth = 0
        var start = range.start
        // The bytes are read through the record's buffer, unchecked: the range is checked once
        // here (one beyond the bytes stops the program, as reading it byte by byte did).
        precondition(range.start >= 0 && range.end <= bytes.count, "range outside the bytes")
        bytes.withUnsafeBufferPointer { record in
            for index in range.start..<range.end {
                let byte = record[index]
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) } else if byte == separator, depth == 0 {
                    let part = trim(SourceRange(start, index))
                    if !part.isEmpty { parts.append(part) }
                    start = index + 1
                }
            }
        }
        let last = trim(SourceRange(start, range.end))
        if !last.isEmpty { parts.append(last) }
    }

    /// Whether the record's bytes at `range` may hold `byte`: false only where they surely do not
    /// (found by `memchr`; a range beyond the bytes says true, for the caller to read it as it would).
    func mayHold(_ byte: UInt8, in range: SourceRange) -> Bool {
        guard range.end > range.start else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, range.start >= 0, range.end <= buffer.count else { return true }
            return memchr(base + range.start, Int32(byte), range.end - range.start) != nil
        }
    }

    /// Whether the record's text at `range` holds `literal`, compared on bytes.
    func contains(_ range: SourceRange, _ literal: StaticString) -> Bool {
        TextKey.firstOffset(of: literal, in: bytes[range.start..<range.end]) != nil
    }

    func trim(_ range: SourceRange) -> SourceRange {
        var start = range.start
        var end = range.end
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return SourceRange(start, end)
    }

    /// The tokens of an entry (a part of a line from `splitEntries`, or a whole line) as
    /// tokenizing it on its own would give them. When the entry stands inside line `lineIndex`
    /// and its edges are where the line's tokens break anyway, these are the line's own tokens
    /// that fall within it, sliced from `meeting.tokens` without tokenizing again; else the entry
    /// is tokenized afresh.
    ///
    /// The edges break tokens when each is an end of the line, or next to a space, tab, line
    /// break, `,` or `;` outside the entry: no token spans one of those bytes (a comma or semicolon
    /// is a punctuation token of its own), and none of them continues a word, an inner `'` or `-`,
    /// or a curly apostrophe, so the tokenizer reads the entry's bytes the same either way.
    func entryTokens(_ entry: SourceRange, inLine lineIndex: Int?) -> ArraySlice<Token> {
        if let lineIndex {
            let line = meeting.lines[lineIndex]
            // The whole line (a list item's, or an entry with nothing to split off) is its tokens:
            // they were read from its range, and stand within it.
            if entry == line.range { return meeting.tokens[line.tokens] }
            if line.range.start <= entry.start, entry.start <= entry.end, entry.end <= line.range.end,
                entry.start == line.range.start || MeetingBuilder.breaksTokens(bytes[entry.start - 1]),
                entry.end == line.range.end || MeetingBuilder.breaksTokens(bytes[entry.end])
            {
                // Tokens are in order: a binary search finds the entry's first, so a line of
                // thousands of entries costs no more than reading it.
                var low = line.tokens.lowerBound
                var high = line.tokens.upperBound
                while low < high {
                    let middle = (low + high) / 2
                    if meeting.tokens[middle].range.start < entry.start { low = middle + 1 } else { high = middle }
                }
                var end = low
                while end < line.tokens.upperBound, meeting.tokens[end].range.end <= entry.end { end += 1 }
                return meeting.tokens[low..<end]
            }
        }
        return tokens(in: entry)[...]
    }

    /// Whether no token spans or continues past this byte (see `entryTokens`).
    @inline(__always)
    static func breaksTokens(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
    }

    /// `| Name | Role | Agency | Present/Apologies |` with no heading above it, as records exported
    /// from a case-management system open with their attendance: a people table (a name column,
    /// and a column saying who attended, or a role or agency column) at the record's opening, or
    /// one saying who attended in a section that names nothing, is the attendance, as under
    /// `## Attendance` (its attendance column then sorts the apologies from those present). A
    /// table of names and roles alone under a heading that names nothing (`Professionals
    /// involved`), or any table under one that names another concept (`Distribution`), is not.
    mutating func readPeopleTablesWithoutHeading() {
        // The header rows the walk met where no concept was in force (`unnamedTableHeaders`):
        // most tables stand under a heading that names what they are (the attendance, the plan),
        // and their columns need not be read.
        for (header, line, atOpening) in unnamedTableHeaders {
            let table = document[header].parent
            guard let firstCell = document.cells(of: header).first(where: { _ in true }) else { continue }
            var (names, attended, describes) = (false, false, false)
            for cell in document.cells(of: header) {
                switch personColumn(cell) {
                case .name: names = true
                case .attended: attended = true
                case .role, .agency: describes = true
                default: break
                }
            }
            guard names, attended || atOpening && describes else { continue }
            var last = line
            while last + 1 < meeting.lines.count, document[meeting.lines[last + 1].node].parent == table { last += 1 }
            var people = Section(
                concepts: [.attendance], context: [.attendance], titleRange: firstCell, bytes: bytes, headingRange: document[header].range, level: 8,
                style: .pseudoHeading, parent: -1, lines: (line + 1)..<(last + 1), blocks: [table])
            people.substance = .present
            meeting.sections.append(people)
            places.append(SectionPlace(headingLine: line, contextBits: 0, blocks: 0..<0))
        }
    }

    func readPeopleTable(_ table: Int32, absentByDefault: Bool, into found: inout PeopleFound) {
        // What the header's cells name, by offset (each offset once): a list, as a table has
        // few columns, rather than a dictionary.
        var columns: [(offset: Int, column: PersonColumn)] = []
        var rows: [Int32] = []
        // Room for a usual table's rows at the first, rather than grown from one (an allocation
        // at each doubling).
        rows.reserveCapacity(16)
        var headerFound = false
        for row in document.children(of: table) {
            let node = document[row]
            if node.isDelimiter { continue }
            if !headerFound, rows.isEmpty {
                var mapped: [(offset: Int, column: PersonColumn)] = []
                let cells = document.cells(of: row)
                mapped.reserveCapacity(cells.count)
                for (offset, cell) in cells.enumerated() {
                    if let column = personColumn(cell) { mapped.append((offset, column)) }
                }
                if node.isHeader || mapped.contains(where: { $0.column == .name }) || mapped.count >= 2 {
                    headerFound = true
                    columns = mapped
                    continue
                }
            }
            rows.append(row)
        }
        if columns.isEmpty || !columns.contains(where: { $0.column == .name }) {
            columns.removeAll { $0.offset == 0 }
            columns.append((0, .name))
            if !columns.contains(where: { $0.offset == 1 }) { columns.append((1, .role)) }
            if !columns.contains(where: { $0.offset == 2 }) { columns.append((2, .agency)) }
        }
        // The columns from the right, so that where two mean the same (`Role`, `Relationship to
        // child`), a row reads the first it fills.
        let ordered = columns.sorted { $0.offset > $1.offset }
        let repeated = MeetingBuilder.repeatsAColumn(ordered)
        // Each row's lines looked for first after the last row's (`cellLines(of:_:guess:)`).
        var guess = -1
        for row in rows {
            let cells = document.cells(of: row)
            var at = RowColumns()
            // The columns the row has cells for are the tail of `ordered` (which runs from the
            // right): found by a binary search, so that a header of thousands of columns above
            // rows of two cells costs each row its own cells rather than the header's.
            for (offset, column) in ordered[MeetingBuilder.firstColumn(of: ordered, before: cells.count)...] {
                if !repeated || at[column] == nil || cellSpan(cells, offset) != nil { at[column] = offset }
            }
            guard let nameOffset = at.name, let name = cellSpan(cells, nameOffset) else { continue }
            // The walk made a line of each cell; its tokens serve where they are the plain text's.
            let lines = cellLines(of: row, cells, guess: guess)
            if let lines { guess = lines + cells.count }
            var absent = absentByDefault
            if let offset = at.attended, cellSpan(cells, offset) != nil {
                let tokens = plainTokens(cells, offset, lines: lines)
                if !tokens.isEmpty { absent = vocabulary.absentWords.match(tokens, at: tokens.startIndex) != nil }
            }
            if vocabulary.noneWords.matchesWhole(plainTokens(cells, nameOffset, lines: lines)) {
                if absentByDefault { found.apologiesExplicitlyNone = true }
                continue
            }
            // The row's tokens, and each part's: the cells' lines', or the cells tokenized afresh.
            let rowTokens: ArraySlice<Token>
            var parts = EntryParts(name: 0..<0, role: 0..<0, agency: 0..<0, notes: [])
            if let lines {
                let first = meeting.lines[lines].tokens.lowerBound
                rowTokens = meeting.tokens[first..<meeting.lines[lines + cells.count - 1].tokens.upperBound]
                // The cells' tokens stand in the row's: their places in `meeting.tokens` are the row's own indexes.
                parts.name = meeting.lines[lines + nameOffset].tokens
                parts.role = at.role.map { meeting.lines[lines + $0].tokens } ?? first..<first
                parts.agency = at.agency.map { meeting.lines[lines + $0].tokens } ?? first..<first
            } else {
                var tokens: [Token] = []
                var spans = (name: 0..<0, role: 0..<0, agency: 0..<0)
                for (offset, cellRange) in cells.enumerated() {
                    let start = tokens.count
                    Tokenizer.tokenize(bytes, cellRange, into: &tokens)
                    if offset == nameOffset { spans.name = start..<tokens.count }
                    if offset == at.role { spans.role = start..<tokens.count }
                    if offset == at.agency { spans.agency = start..<tokens.count }
                }
                rowTokens = tokens[...]
                (parts.name, parts.role, parts.agency) = (spans.name, spans.role, spans.agency)
            }
            let spans = Person.Spans(name: name, role: cellSpan(cells, at.role), agency: cellSpan(cells, at.agency), notes: 0..<0)
            let person = makePerson(spans: spans, range: document[row].range, tokens: rowTokens, parts: parts, hashes: &found.hashes)
            found.file(person, absent: absent)
        }
    }

    /// What a column's title names about a person (`Vocabulary.column` of its plain text). A title
    /// of plain ASCII, without brackets, slashes, code marks or line ends, is looked up by the
    /// normal form of its bytes, without its plain text made first: its plain text differs from its
    /// bytes only in what the normal form drops, and it has no aside or halves to try (as
    /// `columnPart(_:)` reads an action's columns). Any other is read from its text.
    func personColumn(_ cell: SourceRange) -> PersonColumn? {
        for index in cell.start..<cell.end {
            let byte = bytes[index]
            if byte >= 0x80 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n")
            {
                return vocabulary.column(plain(cell), in: vocabulary.personColumns)
            }
        }
        let key = bytes.withUnsafeBufferPointer { TextKey.field(bytes: UnsafeBufferPointer(rebasing: $0[cell.start..<cell.end])) }
        return vocabulary.personColumns[key]
    }

    /// The index in `columns` (in decreasing order of their offsets) of the first whose offset is
    /// below `count`, or `columns.count`: where the columns a row of `count` cells has begin.
    static func firstColumn(of columns: [(offset: Int, column: PersonColumn)], before count: Int) -> Int {
        columns.partitionPoint { $0.offset >= count }
    }

    /// Whether two of a table's columns mean the same: `Set(columns.map(\.column)).count <
    /// columns.count`, without making the set (a table has few columns).
    static func repeatsAColumn(_ columns: [(offset: Int, column: PersonColumn)]) -> Bool {
        for index in columns.indices where columns[(index + 1)...].contains(where: { $0.column == columns[index].column }) {
            return true
        }
        return false
    }

    /// Which cell of a row (by offset) holds each part of a person.
    struct RowColumns {
        var name: Int?
        var role: Int?
        var agency: Int?
        var attended: Int?

        subscript(column: PersonColumn) -> Int? {
            get {
                switch column {
                case .name: name
                case .role: role
                case .agency: agency
                case .attended: attended
                case .contact: nil
                }
            }
            set {
                switch column {
                case .name: name = newValue
                case .role: role = newValue
                case .agency: agency = newValue
                case .attended: attended = newValue
                case .contact: break
                }
            }
        }
    }

    // The helpers a row is read with are methods, not local functions: a local function that
    // uses `self` in a mutating method copies the whole builder at each call.

    /// The cell at `offset` of a row, or nil if there is none or its plain text is empty or `-`.
    func cellSpan(_ cells: ArraySlice<SourceRange>, _ offset: Int?) -> SourceRange? {
        guard let offset else { return nil }
        let cell = cells[cells.startIndex + offset]
        // A byte the plain text keeps, other than a dash, makes it something else.
        for index in cell.start..<cell.end where bytes[index] != UInt8(ascii: "-") && Meeting.plainTextKeeps(bytes[index]) { return cell }
        let value = plain(cell)
        return value.isEmpty || value == "-" ? nil : cell
    }

    /// The tokens of a cell's plain text: its line's tokens (the row's cells' lines start at
    /// `lines`) where they are the same, else the text tokenized.
    func plainTokens(_ cells: ArraySlice<SourceRange>, _ offset: Int, lines: Int?) -> ArraySlice<Token> {
        let cell = cells[cells.startIndex + offset]
        if let lines, isPlainAlready(cell) { return meeting.tokens[meeting.lines[lines + offset].tokens] }
        return Tokenizer.tokens(of: plain(cell))[...]
    }

    /// The index of the first of the lines the walk made of a table row's cells (one a cell, in
    /// order, their tokens one run in `meeting.tokens`), or nil if it did not make them so.
    /// The row's first line is looked for first at `guess` (`lineIndex(startingAt:node:guess:)`).
    func cellLines(of row: Int32, _ cells: ArraySlice<SourceRange>, guess: Int = -1) -> Int? {
        guard let first = cells.first, let index = lineIndex(startingAt: first.start, node: row, guess: guess),
            index + cells.count <= meeting.lines.count
        else { return nil }
        var tokenEnd = meeting.lines[index].tokens.lowerBound
        for (offset, cell) in cells.enumerated() {
            let line = meeting.lines[index + offset]
            guard line.node == row, line.range == cell, line.tokens.lowerBound == tokenEnd else { return nil }
            tokenEnd = line.tokens.upperBound
        }
        return index
    }

    /// Whether a cell's tokens are those of its plain text (as `plain` gives it): it is ASCII, with
    /// no emphasis or code marks (`*`, `_`, `` ` ``) for `plain` to drop, so only spaces differ.
    func isPlainAlready(_ range: SourceRange) -> Bool {
        for index in range.start..<range.end {
            let byte = bytes[index]
            if byte >= 0x80 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "`") { return false }
        }
        return true
    }

    /// Reads `Name — Role, Agency (notes)` from an entry's tokens and files the person under
    /// attendance or apologies. The notes are what stands in brackets, the name what stands
    /// before the first dash or colon (or comma), the role and agency what follows, split at a
    /// comma or ` at ` / ` from `. Token positions are the slice's own indexes throughout.
    func addPerson(tokens: ArraySlice<Token>, line: SourceRange, absentByDefault: Bool, into found: inout PeopleFound) {
        let end = tokens.endIndex
        var start = tokens.startIndex
        while start < end, tokens[start].shape == .punctuation { start += 1 }
        // An entry that starts with a number (`92% this term`, a school's attendance in a form's
        // row; `29/05/2026.`, `12. INFORMATION SHARING` pasted in) is a figure, not a person.
        guard start < end, tokens[start].shape != .number else { return }
        if vocabulary.noneWords.match(tokens[start...], at: start) != nil {
            if absentByDefault { found.apologiesExplicitlyNone = true }
            return
        }
        // `See attached sign-in sheet.` names nobody.
        if vocabulary.elsewhere.match(tokens[start...], at: start) != nil { return }
        // Notes in brackets, anywhere in the entry; the rest is the body (positions of tokens).
        // Swapped out (and back after), so that the buffers are moved rather than retained and released.
        var notes: [Range<Int>] = []
        var body: [Int] = []
        swap(&notes, &found.notesRoom)
        swap(&body, &found.bodyRoom)
        // Emptied in place; asked only when there is something to empty, as emptying costs a call.
        if !notes.isEmpty { notes.removeAll(keepingCapacity: true) }
        if !body.isEmpty { body.removeAll(keepingCapacity: true) }
        // Room for most entries at the first, rather than made to measure for each longer one.
        if body.capacity < tokens.count { body.reserveCapacity(max(32, tokens.count)) }
        MeetingBuilder.splitNotes(tokens, body: &body, notes: &notes)
        addPerson(tokens: tokens, from: start, body: body, notes: notes, line: line, absentByDefault: absentByDefault, into: &found)
        // Nothing holds them now: they go back whole, to be emptied in place for the next entry.
        swap(&notes, &found.notesRoom)
        swap(&body, &found.bodyRoom)
    }

    /// Appends an entry's notes (the comma-separated parts of each bracket at depth 0, as ranges
    /// of the slice's own indexes) to `notes`, and the positions of its other tokens to `body`:
    /// every token outside brackets but an opening one (a closing one with no opening is body).
    /// The body is appended a run at a time (the tokens between brackets), not token by token:
    /// each append asks whether the array is uniquely held and has room.
    static func splitNotes(_ tokens: ArraySlice<Token>, body: inout [Int], notes: inout [Range<Int>]) {
        var depth = 0
        var noteStart = tokens.startIndex
        // Where the run of body tokens that is being read started (read while `depth` is 0).
        var runStart = tokens.startIndex
        // The marks, taken once rather than through their lazy statics at every token.
        let (openBracket, closeBracket, comma) = (MeetingBuilder.openBracket, MeetingBuilder.closeBracket, MeetingBuilder.comma)
        for index in tokens.indices {
            let folded = tokens[index].folded
            if folded == openBracket {
                if depth == 0 {
                    if index > runStart { body.append(contentsOf: runStart..<index) }
                    noteStart = index + 1
                }
                depth += 1
            } else if folded == closeBracket, depth > 0 {
                depth -= 1
                if depth == 0 {
                    runStart = index + 1
                    if index > noteStart {
                        // `(Social Worker, Hillcrest CSC, chair)`: each comma-separated part is a note.
                        // Room for a record's usual notes at the first, rather than grown from one.
                        if notes.capacity == 0 { notes.reserveCapacity(8) }
                        var partStart = noteStart
                        for position in noteStart...index where position == index || tokens[position].folded == comma {
                            if position > partStart { notes.append(partStart..<position) }
                            partStart = position + 1
                        }
                    }
                }
            }
        }
        if depth == 0, tokens.endIndex > runStart { body.append(contentsOf: runStart..<tokens.endIndex) }
    }

    /// Reads an entry whose body and notes are found (`addPerson(tokens:line:absentByDefault:into:)`;
    /// `start` is its first token that is no punctuation), and files the person.
    func addPerson(
        tokens: ArraySlice<Token>, from start: Int, body: [Int], notes: [Range<Int>], line: SourceRange, absentByDefault: Bool,
        into found: inout PeopleFound
    ) {
        let end = tokens.endIndex
        let comma = MeetingBuilder.comma
        // The first dash or colon splits the name from the rest; failing that, the first comma.
        var split = body.firstIndex { index in
            let token = tokens[index]
            guard token.shape == .punctuation else { return false }
            if MeetingBuilder.isLongDash(token.folded) { return true }
            // `Name: Role`, but not `%0A::error::` or `10:30`.
            if token.folded == MeetingBuilder.colon {
                return index + 1 >= end || tokens[index + 1].range.start > token.range.end
            }
            return token.folded == MeetingBuilder.hyphen && isSpaced(tokens, index)
        }
        if split == nil { split = body.firstIndex { tokens[$0].folded == comma } }
        // Slices of `body`, not copies: their indexes are `body`'s own.
        let nameIndexes = split.map { body[..<$0] } ?? body[...]
        let rest = split.map { body[($0 + 1)...] } ?? body[body.endIndex...]
        var roleIndexes = rest
        var agencyIndexes = rest[rest.endIndex...]
        if let restComma = rest.firstIndex(where: { tokens[$0].folded == comma }) {
            roleIndexes = rest[..<restComma]
            agencyIndexes = rest[(restComma + 1)...]
        } else if let at = rest.firstIndex(where: { tokens[$0].folded == MeetingBuilder.atWord || tokens[$0].folded == MeetingBuilder.fromWord }),
            at > rest.startIndex
        {
            roleIndexes = rest[..<at]
            agencyIndexes = rest[(at + 1)...]
        }
        var name = span(of: nameIndexes, in: tokens)
        var role = span(of: roleIndexes, in: tokens)
        var agency = span(of: agencyIndexes, in: tokens)
        guard name != nil || role != nil else { return }
        if name == nil {
            name = role
            role = nil
        }
        // The notes' ranges, written after everyone's so far (`found.noteRanges`): one array for a
        // record's notes. A note with no word in it is empty text (an empty range), and is taken
        // off again once the role is settled.
        let notesStart = found.noteRanges.count
        if !notes.isEmpty, found.noteRanges.isEmpty { found.noteRanges.reserveCapacity(16) }
        for note in notes { found.noteRanges.append(span(of: note, in: tokens) ?? SourceRange(line.start, line.start)) }
        var absent = absentByDefault
        if !absent, notes.contains(where: { vocabulary.absentWords.matchesWhole(tokens[$0]) }) { absent = true }
        // Notes stand for a missing role (and agency); settled here so the person is built once.
        if role == nil, let relation = notes.firstIndex(where: { isFamilyWords(tokens[$0]) || vocabulary.childWords.matchesWhole(tokens[$0]) }) {
            role = notesStart + relation < found.noteRanges.count ? found.noteRanges[notesStart + relation] : nil
        } else if role == nil, agency == nil {
            // `Jane Smith (Health Visitor, Northfield Health, chair)`: notes that are not logistics
            // say who they are: the first is the role, the next the agency.
            var described = 0
            for note in notes.indices where !vocabulary.absentWords.matchesWhole(tokens[notes[note]]) && !MeetingBuilder.isLogistics(tokens[notes[note]]) {
                if described == 0 {
                    role = found.noteRanges[notesStart + note]
                } else {
                    agency = found.noteRanges[notesStart + note]
                    break
                }
                described += 1
            }
        }
        /// The positions from the first of some positions to the last.
        func slice(_ indexes: ArraySlice<Int>) -> Range<Int> {
            guard let first = indexes.first, let last = indexes.last else { return start..<start }
            return first..<(last + 1)
        }
        let parts = EntryParts(name: slice(nameIndexes), role: slice(roleIndexes), agency: slice(agencyIndexes), notes: notes)
        // The empty notes left out, in place.
        var kept = notesStart
        for index in notesStart..<found.noteRanges.count where !found.noteRanges[index].isEmpty {
            found.noteRanges[kept] = found.noteRanges[index]
            kept += 1
        }
        if kept < found.noteRanges.count { found.noteRanges.removeSubrange(kept...) }
        // `makePerson` classifies from `parts` alone, so the role and agency settled above are the
        // person's as they were when set after it.
        let spans = Person.Spans(name: name ?? SourceRange(line.start, line.start), role: role, agency: agency, notes: notesStart..<kept)
        let person = makePerson(spans: spans, range: line, tokens: tokens, parts: parts, hashes: &found.hashes)
        found.file(person, absent: absent)
    }

    // The folded hashes (`Tokenizer.foldedHash`) of the marks and words read inside loops over
    // tokens, written out, each followed by its text: a lazy static is checked (`swift_once`) at
    // every read, and an entry's loops read these at nearly every token.
    // `BuilderWordLiteralTests` checks each against the hash of its text.
    static var openBracket: UInt64 { 0xAF63_A54C_8601_8F17 }  // (
    static var closeBracket: UInt64 { 0xAF63_A44C_8601_8D64 }  // )
    static var hyphen: UInt64 { 0xAF63_A04C_8601_8698 }  // -
    static var comma: UInt64 { 0xAF63_A14C_8601_884B }  // ,
    static var semicolon: UInt64 { 0xAF63_B64C_8601_ABFA }  // ;
    static var verticalBar: UInt64 { 0xAF63_F14C_8602_103B }  // |
    static var atWord: UInt64 { 0x089C_4E07_B545_A968 }  // at
    static var fromWord: UInt64 { 0x7F84_5078_D7A5_C0B5 }  // from
    static var enDash: UInt64 { 0x5640_551B_8850_A5A4 }  // \u{2013}
    static var emDash: UInt64 { 0x5640_541B_8850_A3F1 }  // \u{2014}

    /// Whether a hash is an en or em dash's, compared with the literals rather than looked up in
    /// a lazy set (read at every token of an entry until its name ends).
    @inline(__always)
    static func isLongDash(_ hash: UInt64) -> Bool { hash == enDash || hash == emDash }

    /// Whether a hash is a trailing mark's (`:`, `,`, `-`, `;`), compared with the literals rather
    /// than looked up in a lazy set (read at the end of each part of every entry).
    @inline(__always)
    static func isTrailingMark(_ hash: UInt64) -> Bool { hash == colon || hash == comma || hash == hyphen || hash == semicolon }
    static let logistics = PhraseSet([
        "chair", "chairing", "minutes", "minute taker", "phone", "by phone", "teams", "zoom", "video", "virtual", "online", "left",
        "arrived", "joined", "part", "first", "last", "late", "until", "from", "for item", "items", "report", "report sent",
    ])

    /// Whether a paragraph line (its tokens) reads as a sentence rather than a person: more than
    /// six words before any separator.
    func isProse(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0
        for token in tokens {
            if token.shape == .punctuation, MeetingBuilder.isLongDash(token.folded) || token.folded == MeetingBuilder.colon
                || token.folded == MeetingBuilder.comma || token.folded == MeetingBuilder.openBracket || token.folded == MeetingBuilder.hyphen
            {
                break
            }
            if token.isWord { words += 1 }
        }
        return words > 6
    }

    /// Whether the token at `index` has space on both sides (` - `, not `step-mum`).
    func isSpaced(_ tokens: [Token], _ index: Int) -> Bool {
        isSpaced(tokens[...], index)
    }

    /// Whether the token at `index` of a slice (its own index) has space on both sides.
    func isSpaced(_ tokens: ArraySlice<Token>, _ index: Int) -> Bool {
        let before = index == tokens.startIndex || tokens[index - 1].range.end < tokens[index].range.start
        let after = index + 1 >= tokens.endIndex || tokens[index + 1].range.start > tokens[index].range.end
        return before && after
    }

    /// The range spanned by the tokens at some positions of a slice (its own indexes): first to
    /// last (punctuation kept) once trailing marks are dropped, or nil if they hold no word or
    /// its plain text is empty.
    func span<Indexes: BidirectionalCollection<Int>>(of indexes: Indexes, in tokens: ArraySlice<Token>) -> SourceRange? {
        var end = indexes.endIndex
        while end > indexes.startIndex {
            let last = indexes.index(before: end)
            guard MeetingBuilder.isTrailingMark(tokens[indexes[last]].folded) else { break }
            end = last
        }
        guard end > indexes.startIndex else { return nil }
        // The positions kept are read in place, by index: a slice of them, or a closure over the
        // tokens, was retained and released at each call.
        var hasWord = false
        var position = indexes.startIndex
        while position < end {
            if tokens[indexes[position]].shape != .punctuation {
                hasWord = true
                break
            }
            indexes.formIndex(after: &position)
        }
        guard hasWord else { return nil }
        let range = SourceRange(tokens[indexes[indexes.startIndex]].range.start, tokens[indexes[indexes.index(before: end)]].range.end)
        return Meeting.plainTextIsEmpty(of: range, in: bytes) ? nil : range
    }

    /// Notes about how someone took part, not who they are: `chair`, `by phone`, `left at 11:00`.
    static func isLogistics(_ tokens: ArraySlice<Token>) -> Bool {
        if let first = tokens.first, first.shape == .number || first.shape == .numberWord { return true }
        return logistics.firstMatch(in: tokens) != nil
    }

    /// Whether a role or note starts with a family relationship (and is not a professional's role).
    /// Inlined: asked of every person's role, notes and name, most often of few tokens or none,
    /// the call cost about as much as the test.
    @inline(__always)
    func isFamilyWords(_ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty else { return false }
        // `Mum`, `A's mum`, `Mother of A`, `maternal grandmother`: a relationship among the first
        // words. Looked for first, as few have one: the search for a professional's word runs over
        // every token, and only a relationship needs it.
        let familyWords = vocabulary.familyWords
        var index = tokens.startIndex
        var words = 0
        var relationship = false
        while index < tokens.endIndex, words < 3 {
            if familyWords.match(tokens, at: index) != nil {
                relationship = true
                break
            }
            if tokens[index].isWord { words += 1 }
            index += 1
        }
        return relationship && vocabulary.professionalWords.firstMatch(in: tokens) == nil
    }

    /// `isFamilyWords` for text that is not in the record (tests, table cells).
    func isFamilyWords(_ text: String) -> Bool {
        isFamilyWords(Tokenizer.tokens(of: text)[...])
    }

    /// The parts of an entry, as where they stand among its tokens (the `tokens` given with the
    /// parts, by their own indexes): what `makePerson` classifies. Positions rather than slices of
    /// the tokens, so that making, reading and dropping the parts retains and releases nothing.
    struct EntryParts {
        var name: Range<Int>
        var role: Range<Int>
        var agency: Range<Int>
        /// Where the notes stand among the entry's tokens.
        var notes: [Range<Int>]
    }

    /// A person, classified as the child or family from their words' tokens, with the hashes of
    /// all their words written at the end of `hashes` (the person holds where they stand, and is
    /// given the array once everyone is read: `PeopleFound.shareHashes()`). `tokens` are the
    /// entry's tokens (a slice of its line's) or a row's. `spans` is taken (consuming), as the
    /// person keeps it: borrowed, it was copied into the person.
    func makePerson(
        spans: consuming Person.Spans, range: SourceRange, tokens: ArraySlice<Token>, parts: EntryParts, hashes: inout [UInt64]
    ) -> Person {
        let childWords = vocabulary.childWords
        var isChild = isChildName(tokens[parts.name]) || childWords.matchesWhole(tokens[parts.name])
            || childWords.matchesWhole(tokens[parts.role]) || childWords.matchesWhole(tokens[parts.agency])
            || parts.notes.contains { childWords.matchesWhole(tokens[$0]) }
        let isFamily = !isChild && (isFamilyWords(tokens[parts.role]) || parts.notes.contains { isFamilyWords(tokens[$0]) } || isFamilyWords(tokens[parts.name]))
        if isFamily { isChild = false }
        var person = Person(bytes: bytes, spans: spans, range: range, isChild: isChild, isFamily: isFamily)
        // Each list in one pass over the tokens, without intermediate arrays.
        // Room for a usual record's people at the first (unless made already for a huge record's:
        // `reserveRoomForPeople`), rather than growing from one; after that the array grows as
        // appending grows it (by doubling: room reserved person by person would be made to
        // measure, and copied at every person).
        if hashes.capacity == 0 { hashes.reserveCapacity(256) }
        // The person's hashes are written first into room of their own on the stack, and then
        // appended to `hashes` at once: appended one by one, each asked whether the shared array
        // was uniquely held and had room. There are at most as many as the tokens of each list.
        var room = tokens.count + parts.name.count + parts.role.count + parts.agency.count
        for note in parts.notes { room += note.count }
        // The initials' hash as `Tokenizer.foldedHash` gives it for their text, built as they come
        // while they are ASCII (as a word's first byte nearly always is).
        var initials = 0
        var initialsHash: UInt64? = Tokenizer.offsetBasis
        // The last name word's initial, as `Tokenizer.foldedHash` gives it for that one letter.
        var lastInitial: UInt64?
        let wordsStart = hashes.count
        var nameStart = wordsStart
        var roleStart = wordsStart
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: room) { buffer in
            var count = 0
            // Never past the room: each list below writes at most as many as its tokens, and
            // the room is their sum.
            @inline(__always) func put(_ hash: UInt64) {
                precondition(count < buffer.count, "a person's hashes beyond their room")
                buffer[count] = hash
                count += 1
            }
            for token in tokens where token.isWord || token.shape == .numberWord { put(token.folded) }
            nameStart = wordsStart + count
            let titles = MeetingBuilder.titles
            let ranks = MeetingBuilder.ranks
            for index in parts.name where tokens[index].isWord && !titles.contains(tokens[index].folded) {
                let token = tokens[index]
                put(token.folded)
                if ranks.contains(token.folded) { continue }
                initials += 1
                let byte = bytes[token.range.start]
                lastInitial = byte < 0x80 ? (Tokenizer.offsetBasis ^ UInt64(Tokenizer.fold(byte))) &* Tokenizer.prime : nil
                if byte < 0x80, let hash = initialsHash {
                    initialsHash = (hash ^ UInt64(Tokenizer.fold(byte))) &* Tokenizer.prime
                } else {
                    initialsHash = nil
                }
            }
            roleStart = wordsStart + count
            for index in parts.role where tokens[index].isWord { put(tokens[index].folded) }
            for index in parts.agency where tokens[index].isWord { put(tokens[index].folded) }
            for note in parts.notes {
                for token in tokens[note] where token.isWord { put(token.folded) }
            }
            hashes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
        person.hashStarts = Person.HashStarts(words: wordsStart, name: nameStart, role: roleStart, end: hashes.count)
        person.surnameInitial = lastInitial
        if initials > 1 {
            if let initialsHash {
                person.initials = initialsHash
            } else {
                // A first byte beyond ASCII: hash the text as decoded, as it always was.
                let firstBytes = tokens[parts.name].filter { $0.isWord && !MeetingBuilder.titles.contains($0.folded) && !MeetingBuilder.ranks.contains($0.folded) }
                    .map { bytes[$0.range.start] }
                person.initials = Tokenizer.foldedHash(String(decoding: firstBytes, as: UTF8.self))
            }
        }
        return person
    }

    /// Whether a name's tokens are one of the child's names or initials (`Sofia`, `Sofia K.`, `S.K.`).
    func isChildName(_ name: ArraySlice<Token>) -> Bool {
        guard !childNameWords.isEmpty else { return false }
        // The name's words (its tokens that are not punctuation), counted, and whether all are initials.
        var words = 0
        var allInitials = true
        for token in name where token.shape != .punctuation {
            words += 1
            if token.shape != .initial { allInitials = false }
        }
        guard words > 0 else { return false }
        // The child's names as word sequences, and their initials run together. Read in place by
        // index: each name copied out of the list was retained and released.
        for child in childNameWords.indices {
            let count = childNameWords[child].count
            if count == words {
                var position = 0
                var same = true
                for token in name where token.shape != .punctuation {
                    if token.folded != childNameWords[child][position] {
                        same = false
                        break
                    }
                    position += 1
                }
                if same { return true }
            }
            // `A.B.` written for `AB`: an initial is one ASCII capital, hashed as its text's would be.
            if allInitials, count == 1 {
                var hash = Tokenizer.offsetBasis
                for token in name where token.shape != .punctuation {
                    hash = (hash ^ UInt64(Tokenizer.fold(bytes[token.range.start]))) &* Tokenizer.prime
                }
                if hash == childNameWords[child][0] { return true }
            }
        }
        return false
    }

    static let titles: TokenSet = TokenSet(words: ["dr", "mr", "mrs", "ms", "miss", "mx", "prof"])
    /// Words of rank or calling written before a name (`Nurse Priya Shah`, `PC Lewis Grant`): part
    /// of the name as written (`Nurse Shah` names her), but not of its initials (`PS`, `LG`).
    static let ranks: TokenSet = TokenSet(words: ["nurse", "pc", "dc", "ds", "sgt", "cllr", "rev", "revd"])
}
