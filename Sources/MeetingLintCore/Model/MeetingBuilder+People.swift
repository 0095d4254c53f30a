extension MeetingBuilder {
    /// Reads attendance and apologies: list items, paragraph lines, table rows, or a field's value.
    mutating func readPeople() {
        for index in meeting.sections.indices {
            let section = meeting.sections[index]
            let attendance = section.context.contains(.attendance)
            let apologies = section.context.contains(.apologies)
            guard attendance || apologies else { continue }
            // In a combined `Attendance and apologies` section, entries attend unless they say otherwise.
            let absentByDefault = apologies && !attendance
            if apologies, startsWithNone(section) { meeting.apologiesExplicitlyNone = true }

            if section.style == .field {
                let line = meeting.lines[section.lines.lowerBound]
                let value = document[line.node].content
                for part in splitEntries(value) {
                    addPerson(entry: part, line: line.range, absentByDefault: absentByDefault)
                }
                continue
            }
            for block in section.blocks {
                let node = document[block]
                switch node.kind {
                case .list:
                    for item in document.children(of: block) {
                        guard let paragraph = document.children(of: item).first(where: { document[$0].kind == .paragraph }),
                            let first = document.children(of: paragraph).first(where: { _ in true })
                        else { continue }
                        let lineRange = document[first].range
                        let itemRange = SourceRange(document[item].range.start, lineRange.end)
                        addPerson(entry: lineRange, line: itemRange, absentByDefault: absentByDefault)
                    }
                case .paragraph:
                    // A paragraph of prose (`Helen explained that the meeting …⏎Theo's sister …`)
                    // lists nobody, on any of its lines.
                    if document.children(of: block).contains(where: { document[$0].kind == .textLine && isProse(document[$0].range) }) { continue }
                    for lineNode in document.children(of: block) {
                        guard let lineIndex = lineIndex(of: lineNode), meeting.lines[lineIndex].section == index,
                            meeting.lines[lineIndex].kind != .heading
                        else { continue }
                        let child = document[lineNode]
                        if child.kind == .fieldLine, child.content.isEmpty { continue }
                        // `Jane Smith (SW), Tom Reed (school), Gosia (mum)` on one line is three people;
                        // a sentence of prose (`Helen explained that the meeting …`) is nobody.
                        for entry in splitEntries(child.range) {
                            addPerson(entry: entry, line: child.range, absentByDefault: absentByDefault)
                        }
                    }
                case .table:
                    readPeopleTable(block, absentByDefault: absentByDefault)
                default:
                    break
                }
            }
        }
    }

    /// The index in `meeting.lines` of the line made from a paragraph-line node.
    func lineIndex(of node: Int32) -> Int? {
        // Lines are in document order, so a binary search on the start offset finds it.
        let start = document[node].range.start
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
    /// of their own (`Jane Smith (SW), Tom Reed (school)`).
    func splitEntries(_ range: SourceRange) -> [SourceRange] {
        func split(at separator: UInt8) -> [SourceRange] {
            var parts: [SourceRange] = []
            var depth = 0
            var start = range.start
            for index in range.start..<range.end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) } else if byte == separator, depth == 0 {
                    parts.append(trim(SourceRange(start, index)))
                    start = index + 1
                }
            }
            parts.append(trim(SourceRange(start, range.end)))
            return parts.filter { !$0.isEmpty }
        }
        let semicolons = split(at: UInt8(ascii: ";"))
        if semicolons.count > 1 { return semicolons }
        let commas = split(at: UInt8(ascii: ","))
        guard commas.count > 1 else { return semicolons }
        let shaped = commas.filter { part in
            contains(part, "(") || contains(part, " - ") || contains(part, "–") || contains(part, "—")
        }
        if shaped.count * 2 >= commas.count { return commas }
        // `Jane Smith, Class teacher, Oak Primary` is one person; `Tom Reed, Jane Smith, Gosia (mum)` three.
        let describesSomeone = commas.dropFirst().contains { part in
            let tokens = self.tokens(in: part)[...]
            return vocabulary.professionalWords.firstMatch(in: tokens) != nil || vocabulary.organisationOwners.firstMatch(in: tokens) != nil
                || isFamilyWords(tokens)
        }
        if describesSomeone { return semicolons }
        let allNames = commas.allSatisfy { part in
            let words = self.tokens(in: part).prefix { $0.folded != MeetingBuilder.openBracket }.filter { $0.shape != .punctuation }
            return !words.isEmpty && words.count <= 4 && words.allSatisfy { $0.shape == .initial || $0.shape == .upperWord || ($0.shape == .word && bytes[$0.range.start] >= UInt8(ascii: "A") && bytes[$0.range.start] <= UInt8(ascii: "Z")) }
        }
        return allNames ? commas : semicolons
    }

    /// Whether the record's text at `range` holds `literal`, compared on bytes.
    func contains(_ range: SourceRange, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { literal in
            guard literal.count > 0, range.count >= literal.count else { return false }
            var index = range.start
            while index + literal.count <= range.end {
                var offset = 0
                while offset < literal.count, bytes[index + offset] == literal[offset] { offset += 1 }
                if offset == literal.count { return true }
                index += 1
            }
            return false
        }
    }

    func trim(_ range: SourceRange) -> SourceRange {
        var start = range.start
        var end = range.end
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return SourceRange(start, end)
    }

    mutating func readPeopleTable(_ table: Int32, absentByDefault: Bool) {
        var columns: [Int: PersonColumn] = [:]
        var rows: [Int32] = []
        var headerFound = false
        for row in document.children(of: table) {
            let node = document[row]
            if node.isDelimiter { continue }
            if !headerFound, rows.isEmpty {
                var mapped: [Int: PersonColumn] = [:]
                for (offset, cell) in document.cells(of: row).enumerated() {
                    if let column = vocabulary.column(plain(cell), in: vocabulary.personColumns) { mapped[offset] = column }
                }
                if node.isHeader || mapped.values.contains(.name) || mapped.count >= 2 {
                    headerFound = true
                    columns = mapped
                    continue
                }
            }
            rows.append(row)
        }
        if columns.isEmpty || !columns.values.contains(.name) {
            columns[0] = .name
            if columns[1] == nil { columns[1] = .role }
            if columns[2] == nil { columns[2] = .agency }
        }
        for row in rows {
            let cells = Array(document.cells(of: row))
            func cell(_ column: PersonColumn) -> String? {
                guard let offset = columns.first(where: { $0.value == column })?.key, offset < cells.count else { return nil }
                let value = plain(cells[offset])
                return value.isEmpty || value == "-" ? nil : value
            }
            guard let name = cell(.name) else { continue }
            var absent = absentByDefault
            if let attended = cell(.attended) {
                let tokens = Tokenizer.tokens(of: attended)
                if vocabulary.absentWords.match(tokens[...], at: 0) != nil { absent = true } else if !tokens.isEmpty { absent = false }
            }
            if vocabulary.noneWords.matchesWhole(Tokenizer.tokens(of: name)[...]) {
                if absentByDefault { meeting.apologiesExplicitlyNone = true }
                continue
            }
            var rowTokens: [Token] = []
            var spans: [PersonColumn: Range<Int>] = [:]
            for (offset, cellRange) in cells.enumerated() {
                let start = rowTokens.count
                Tokenizer.tokenize(bytes, cellRange, into: &rowTokens)
                if let column = columns[offset] { spans[column] = start..<rowTokens.count }
            }
            func part(_ column: PersonColumn) -> ArraySlice<Token> { spans[column].map { rowTokens[$0] } ?? rowTokens[0..<0] }
            let parts = EntryParts(name: part(.name), role: part(.role), agency: part(.agency), notes: [])
            let person = makePerson(name: name, role: cell(.role), agency: cell(.agency), notes: [], range: document[row].range, tokens: rowTokens, parts: parts)
            if absent { meeting.apologies.append(person) } else { meeting.attendees.append(person) }
        }
    }

    /// Reads `Name — Role, Agency (notes)` and files the person under attendance or apologies.
    /// Works on the entry's tokens: the notes are what stands in brackets, the name what stands
    /// before the first dash or colon (or comma), the role and agency what follows, split at a comma
    /// or ` at ` / ` from `.
    mutating func addPerson(entry: SourceRange, line: SourceRange, absentByDefault: Bool) {
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, entry, into: &tokens)
        var start = 0
        while start < tokens.count, tokens[start].shape == .punctuation { start += 1 }
        guard start < tokens.count else { return }
        if vocabulary.noneWords.match(tokens[start...], at: start) != nil {
            if absentByDefault { meeting.apologiesExplicitlyNone = true }
            return
        }
        // `See attached sign-in sheet.` names nobody.
        if vocabulary.elsewhere.match(tokens[start...], at: start) != nil { return }
        // Notes in brackets, anywhere in the entry; the rest is the body.
        var notes: [Range<Int>] = []
        var body: [Int] = []
        var depth = 0
        var noteStart = 0
        for index in tokens.indices {
            let folded = tokens[index].folded
            if folded == MeetingBuilder.openBracket {
                if depth == 0 { noteStart = index + 1 }
                depth += 1
            } else if folded == MeetingBuilder.closeBracket, depth > 0 {
                depth -= 1
                if depth == 0, index > noteStart {
                    // `(Social Worker, Hillcrest CSC, chair)`: each comma-separated part is a note.
                    var partStart = noteStart
                    for position in noteStart...index where position == index || tokens[position].folded == MeetingBuilder.comma {
                        if position > partStart { notes.append(partStart..<position) }
                        partStart = position + 1
                    }
                }
            } else if depth == 0 {
                body.append(index)
            }
        }
        // The first dash or colon splits the name from the rest; failing that, the first comma.
        var split = body.firstIndex { index in
            let token = tokens[index]
            guard token.shape == .punctuation else { return false }
            if MeetingBuilder.longDashes.contains(token.folded) { return true }
            // `Name: Role`, but not `%0A::error::` or `10:30`.
            if token.folded == MeetingBuilder.colon {
                return index + 1 >= tokens.count || tokens[index + 1].range.start > token.range.end
            }
            return token.folded == MeetingBuilder.hyphen && isSpaced(tokens, index)
        }
        if split == nil { split = body.firstIndex { tokens[$0].folded == MeetingBuilder.comma } }
        let nameIndexes = split.map { Array(body[..<$0]) } ?? body
        let rest = split.map { Array(body[($0 + 1)...]) } ?? []
        var roleIndexes = rest
        var agencyIndexes: [Int] = []
        if let comma = rest.firstIndex(where: { tokens[$0].folded == MeetingBuilder.comma }) {
            roleIndexes = Array(rest[..<comma])
            agencyIndexes = Array(rest[(comma + 1)...])
        } else if let at = rest.firstIndex(where: { tokens[$0].folded == MeetingBuilder.atWord || tokens[$0].folded == MeetingBuilder.fromWord }), at > 0 {
            roleIndexes = Array(rest[..<at])
            agencyIndexes = Array(rest[(at + 1)...])
        }
        var name = text(of: nameIndexes, in: tokens)
        var role = text(of: roleIndexes, in: tokens)
        let agency = text(of: agencyIndexes, in: tokens)
        guard name != nil || role != nil else { return }
        if name == nil {
            name = role
            role = nil
        }
        let noteTexts = notes.map { text(of: Array($0), in: tokens) ?? "" }
        var absent = absentByDefault
        if !absent, notes.contains(where: { vocabulary.absentWords.matchesWhole(tokens[$0]) }) { absent = true }
        func slice(_ indexes: [Int]) -> ArraySlice<Token> {
            guard let first = indexes.first, let last = indexes.last else { return tokens[0..<0] }
            return tokens[first...last]
        }
        let parts = EntryParts(name: slice(nameIndexes), role: slice(roleIndexes), agency: slice(agencyIndexes), notes: notes.map { tokens[$0] })
        var person = makePerson(name: name ?? "", role: role, agency: agency, notes: noteTexts.filter { !$0.isEmpty }, range: line, tokens: tokens, parts: parts)
        if person.role == nil, let relation = notes.firstIndex(where: { isFamilyWords(tokens[$0]) || vocabulary.childWords.matchesWhole(tokens[$0]) }) {
            person.role = noteTexts.count > relation ? noteTexts[relation] : nil
        } else if person.role == nil, person.agency == nil {
            // `Jane Smith (Health Visitor, Northfield Health, chair)`: notes that are not logistics
            // say who they are: the first is the role, the next the agency.
            let described = notes.indices.filter { !vocabulary.absentWords.matchesWhole(tokens[notes[$0]]) && !MeetingBuilder.isLogistics(tokens[notes[$0]]) }
            if let first = described.first, first < noteTexts.count { person.role = noteTexts[first] }
            if described.count > 1, described[1] < noteTexts.count { person.agency = noteTexts[described[1]] }
        }
        if absent { meeting.apologies.append(person) } else { meeting.attendees.append(person) }
    }

    static let openBracket = Tokenizer.foldedHash("(")
    static let closeBracket = Tokenizer.foldedHash(")")
    static let longDashes: TokenSet = TokenSet(words: ["\u{2013}", "\u{2014}"])
    static let hyphen = Tokenizer.foldedHash("-")
    static let comma = Tokenizer.foldedHash(",")
    static let trailingMarks: TokenSet = TokenSet(words: [":", ",", "-", ";"])
    static let atWord = Tokenizer.foldedHash("at")
    static let fromWord = Tokenizer.foldedHash("from")
    static let logistics = PhraseSet([
        "chair", "chairing", "minutes", "minute taker", "phone", "by phone", "teams", "zoom", "video", "virtual", "online", "left",
        "arrived", "joined", "part", "first", "last", "late", "until", "from", "for item", "items", "report", "report sent",
    ])

    /// Whether a paragraph line reads as a sentence rather than a person: more than six words
    /// before any separator.
    func isProse(_ range: SourceRange) -> Bool {
        var words = 0
        for token in tokens(in: range) {
            if token.shape == .punctuation, MeetingBuilder.longDashes.contains(token.folded) || token.folded == MeetingBuilder.colon
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
        let before = index == 0 || tokens[index - 1].range.end < tokens[index].range.start
        let after = index + 1 >= tokens.count || tokens[index + 1].range.start > tokens[index].range.end
        return before && after
    }

    /// The plain text spanned by some of an entry's tokens (first to last, punctuation kept), or
    /// nil if they hold no word.
    func text(of indexes: [Int], in tokens: [Token]) -> String? {
        var indexes = indexes[...]
        while let last = indexes.last, MeetingBuilder.trailingMarks.contains(tokens[last].folded) { indexes = indexes.dropLast() }
        guard let first = indexes.first, let last = indexes.last, indexes.contains(where: { tokens[$0].shape != .punctuation }) else { return nil }
        let value = plain(SourceRange(tokens[first].range.start, tokens[last].range.end))
        return value.isEmpty ? nil : value
    }

    /// Notes about how someone took part, not who they are: `chair`, `by phone`, `left at 11:00`.
    static func isLogistics(_ tokens: ArraySlice<Token>) -> Bool {
        if let first = tokens.first, first.shape == .number || first.shape == .numberWord { return true }
        return logistics.firstMatch(in: tokens) != nil
    }

    /// Whether a role or note starts with a family relationship (and is not a professional's role).
    func isFamilyWords(_ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty, vocabulary.professionalWords.firstMatch(in: tokens) == nil else { return false }
        // `Mum`, `A's mum`, `Mother of A`, `maternal grandmother`: a relationship among the first words.
        var index = tokens.startIndex
        var words = 0
        while index < tokens.endIndex, words < 3 {
            if vocabulary.familyWords.match(tokens, at: index) != nil { return true }
            if tokens[index].isWord { words += 1 }
            index += 1
        }
        return false
    }

    /// `isFamilyWords` for text that is not in the record (tests, table cells).
    func isFamilyWords(_ text: String) -> Bool {
        isFamilyWords(Tokenizer.tokens(of: text)[...])
    }

    /// The parts of an entry, as token slices: what `makePerson` classifies.
    struct EntryParts {
        var name: ArraySlice<Token>
        var role: ArraySlice<Token>
        var agency: ArraySlice<Token>
        var notes: [ArraySlice<Token>]
    }

    /// A person, classified as the child or family from their words' tokens, with the hashes of
    /// all their words. `tokens` are the entry's (or row's) tokens.
    func makePerson(name: String, role: String?, agency: String?, notes: [String], range: SourceRange, tokens: [Token], parts: EntryParts) -> Person {
        var isChild = isChildName(parts.name) || vocabulary.childWords.matchesWhole(parts.name)
            || vocabulary.childWords.matchesWhole(parts.role) || vocabulary.childWords.matchesWhole(parts.agency)
            || parts.notes.contains { vocabulary.childWords.matchesWhole($0) }
        let isFamily = !isChild && (isFamilyWords(parts.role) || parts.notes.contains { isFamilyWords($0) } || isFamilyWords(parts.name))
        if isFamily { isChild = false }
        var person = Person(name: name, role: role, agency: agency, notes: notes, range: range, isChild: isChild, isFamily: isFamily)
        // Each list in one pass over the tokens, without intermediate arrays.
        person.words.reserveCapacity(tokens.count)
        for token in tokens where token.isWord || token.shape == .numberWord { person.words.append(token.folded) }
        person.nameWords.reserveCapacity(parts.name.count)
        var initials: [UInt8] = []
        for token in parts.name where token.isWord && !MeetingBuilder.titles.contains(token.folded) {
            person.nameWords.append(token.folded)
            initials.append(bytes[token.range.start])
        }
        for part in [parts.role, parts.agency] + parts.notes {
            for token in part where token.isWord { person.roleWords.append(token.folded) }
        }
        if initials.count > 1 {
            person.initials = Tokenizer.foldedHash(String(decoding: initials, as: UTF8.self))
        }
        return person
    }

    /// Whether a name's tokens are one of the child's names or initials (`Sofia`, `Sofia K.`, `S.K.`).
    func isChildName(_ name: ArraySlice<Token>) -> Bool {
        let words = name.filter { $0.shape != .punctuation }
        guard !words.isEmpty, !childNameWords.isEmpty else { return false }
        // The child's names as word sequences, and their initials run together.
        for childWords in childNameWords {
            if childWords == words.map(\.folded) { return true }
            // `A.B.` written for `AB`.
            if words.allSatisfy({ $0.shape == .initial }), childWords.count == 1,
                Tokenizer.foldedHash(String(decoding: words.map { bytes[$0.range.start] }, as: UTF8.self)) == childWords[0]
            {
                return true
            }
        }
        return false
    }

    static let titles: TokenSet = TokenSet(words: ["dr", "mr", "mrs", "ms", "miss", "mx", "prof"])
}
