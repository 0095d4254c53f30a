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
                    for lineNode in document.children(of: block) {
                        guard let lineIndex = lineIndex(of: lineNode), meeting.lines[lineIndex].section == index,
                            meeting.lines[lineIndex].kind != .heading
                        else { continue }
                        let child = document[lineNode]
                        if child.kind == .fieldLine, child.content.isEmpty { continue }
                        addPerson(entry: child.range, line: child.range, absentByDefault: absentByDefault)
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
            let text = self.text(part)
            return text.contains("(") || text.contains(" - ") || text.contains("–") || text.contains("—")
        }
        return shaped.count * 2 >= commas.count ? commas : semicolons
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
                    if let column = vocabulary.personColumns[TextKey.field(plain(cell))] { mapped[offset] = column }
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
            if vocabulary.noneWords.matchesWhole(name) {
                if absentByDefault { meeting.apologiesExplicitlyNone = true }
                continue
            }
            var person = makePerson(name: name, role: cell(.role), agency: cell(.agency), notes: [], range: document[row].range)
            if !absent, person.notes.contains(where: { vocabulary.absentWords.matchesWhole($0) }) { absent = true }
            person.range = document[row].range
            if absent { meeting.apologies.append(person) } else { meeting.attendees.append(person) }
        }
    }

    /// Reads `Name — Role, Agency (notes)` and files the person under attendance or apologies.
    mutating func addPerson(entry: SourceRange, line: SourceRange, absentByDefault: Bool) {
        let raw = plain(entry)
        guard !raw.isEmpty else { return }
        let tokens = Tokenizer.tokens(of: raw)
        if vocabulary.noneWords.match(tokens[...], at: 0) != nil {
            if absentByDefault { meeting.apologiesExplicitlyNone = true }
            return
        }
        // Notes in brackets, anywhere in the entry.
        var notes: [String] = []
        var body = ""
        var depth = 0
        var note = ""
        for character in raw {
            if character == "(" {
                depth += 1
                if depth == 1 { note = "" ; continue }
            } else if character == ")", depth > 0 {
                depth -= 1
                if depth == 0 {
                    let trimmed = note.trimmingSpaces
                    if !trimmed.isEmpty { notes.append(trimmed) }
                    continue
                }
            }
            if depth > 0 { note.append(character) } else { body.append(character) }
        }
        body = TextKey.collapseSpaces(body)
        var name = body
        var rest = ""
        if let separator = firstSeparator(in: body) {
            name = String(body[..<separator.lowerBound])
            rest = String(body[separator.upperBound...])
        } else if let comma = body.firstIndex(of: ",") {
            name = String(body[..<comma])
            rest = String(body[body.index(after: comma)...])
        }
        name = name.trimmingSpaces
        while let last = name.last, last == ":" || last == "," || last == "-" { name.removeLast() }
        name = name.trimmingSpaces
        var role: String?
        var agency: String?
        let restTrimmed = rest.trimmingSpaces
        if !restTrimmed.isEmpty {
            if let comma = restTrimmed.firstIndex(of: ",") {
                role = String(restTrimmed[..<comma]).trimmingSpaces
                agency = String(restTrimmed[restTrimmed.index(after: comma)...]).trimmingSpaces
            } else if let at = restTrimmed.range(of: " at ") ?? restTrimmed.range(of: " from ") {
                role = String(restTrimmed[..<at.lowerBound]).trimmingSpaces
                agency = String(restTrimmed[at.upperBound...]).trimmingSpaces
            } else {
                role = restTrimmed
            }
        }
        if role?.isEmpty == true { role = nil }
        if agency?.isEmpty == true { agency = nil }
        guard !name.isEmpty || role != nil else { return }
        if name.isEmpty, let given = role {
            name = given
            role = nil
        }
        var person = makePerson(name: name, role: role, agency: agency, notes: notes, range: line)
        var absent = absentByDefault
        if !absent, notes.contains(where: { vocabulary.absentWords.matchesWhole($0) }) { absent = true }
        if person.role == nil, let relation = notes.first(where: { isFamilyWords($0) || vocabulary.childWords.matchesWhole($0) }) {
            person.role = relation
        } else if person.role == nil, person.agency == nil,
            let described = notes.first(where: { !vocabulary.absentWords.matchesWhole($0) && !MeetingBuilder.isLogistics($0) })
        {
            // `Jane Smith (Health Visitor)`: a note that is not logistics says who they are.
            person.role = described
        }
        if absent { meeting.apologies.append(person) } else { meeting.attendees.append(person) }
    }

    /// Notes about how someone took part, not who they are: `chair`, `by phone`, `left at 11:00`.
    static func isLogistics(_ note: String) -> Bool {
        let lower = note.lowercased()
        let words = ["chair", "minute", "phone", "teams", "zoom", "video", "virtual", "online", "left", "arrived", "joined",
                     "part", "first", "last", "late", "until", "from", "for item", "items"]
        return words.contains { lower.contains($0) } || lower.first?.isNumber == true
    }

    /// The first ` — `, ` – `, ` - ` or `: ` in an entry.
    func firstSeparator(in text: String) -> Range<String.Index>? {
        var best: Range<String.Index>?
        for separator in ["—", "–", " - ", ": ", " -- "] {
            if let range = text.range(of: separator), best == nil || range.lowerBound < best!.lowerBound { best = range }
        }
        return best
    }

    /// Whether a role or note starts with a family relationship (and is not a professional's role).
    func isFamilyWords(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(of: text)
        guard !tokens.isEmpty else { return false }
        if vocabulary.professionalWords.firstMatch(in: tokens[...]) != nil { return false }
        if vocabulary.familyWords.match(tokens[...], at: 0) != nil { return true }
        // `A's mum`, `Mother of A`, `maternal grandmother`.
        for (index, token) in tokens.enumerated() where token.isWord && index <= 2 {
            if vocabulary.familyWords.match(tokens[...], at: index) != nil { return true }
        }
        return false
    }

    func makePerson(name: String, role: String?, agency: String?, notes: [String], range: SourceRange) -> Person {
        let nameKey = TextKey.heading(name)
        var isChild = vocabulary.isChildReference(nameKey, childNames: meeting.childNames)
            || vocabulary.childWords.matchesWhole(name)
        for text in [role, agency].compactMap({ $0 }) + notes where vocabulary.childWords.matchesWhole(text) { isChild = true }
        var isFamily = false
        for text in [role].compactMap({ $0 }) + notes + [name] where isFamilyWords(text) { isFamily = true }
        if isChild { isFamily = false }
        return Person(name: name, role: role, agency: agency, notes: notes, range: range, isChild: isChild, isFamily: isFamily)
    }
}
