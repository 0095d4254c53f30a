/// A rule pack's check, declared in its document's front matter rather than written in Swift
/// (SPEC 3): a required section, a required field, a phrase to avoid with a replacement, a
/// required phrase within a section, or a maximum interval between two dates.
///
///     check: required-section        # concept: contingency  or  heading: Safety plan, Safety planning
///     check: required-field          # field: lead-professional  (a canonical key or alias)
///     check: avoid-phrase            # phrase: non-engagement, hard to reach   replacement: …
///     check: required-phrase         # phrase: Signs of Safety scaling   section: risks (concept or heading)
///     check: max-interval            # from: date   to: next-meeting   within: 8 weeks
///     message: The record has no safety plan.
struct DeclarativeCheck: Check {
    enum Kind: Sendable {
        case requiredSection(concepts: [Concept], headings: [String])
        case requiredField(FieldKey?, written: String)
        case avoidPhrase(PhraseSet, replacement: String?)
        case requiredPhrase(PhraseSet, concepts: [Concept], headings: [String])
        case maxInterval(from: FieldKey, to: FieldKey, within: Interval)
    }

    let kind: Kind
    let message: String

    /// The check kinds a rule pack may declare.
    static let kinds = ["required-section", "required-field", "avoid-phrase", "required-phrase", "max-interval"]

    /// Reads the check from a rule document, resolving field keys with `vocabulary` (the
    /// catalogue's, which holds the pack's own aliases); throws a `ConfigurationError` naming the
    /// document.
    init(document: RuleDocument, vocabulary: Vocabulary) throws {
        let spec = document.declarative
        func fail(_ text: String) -> ConfigurationError { ConfigurationError(path: document.path, line: 1, message: "rule '\(document.id)': \(text)") }
        guard let kind = spec["check"] else { throw fail("a rule pack's rule needs 'check:', one of \(DeclarativeCheck.kinds.joined(separator: ", "))") }
        message = spec["message"].flatMap { $0.isEmpty ? nil : $0 } ?? document.summary
        guard !message.isEmpty else { throw fail("add 'message:' — what the finding says to a practitioner") }
        func sectionTarget(_ key: String) throws -> ([Concept], [String]) {
            let words = Configuration.list(spec[key] ?? "")
            guard !words.isEmpty else { throw fail("'\(key):' names no section") }
            var concepts: [Concept] = []
            var headings: [String] = []
            for word in words {
                if let concept = Concept(rawValue: word) { concepts.append(concept) } else { headings.append(TextKey.heading(word)) }
            }
            return (concepts, headings)
        }
        switch kind {
        case "required-section":
            var (concepts, headings) = ([Concept](), [String]())
            if spec["concept"] != nil {
                let (c, h) = try sectionTarget("concept")
                guard h.isEmpty else { throw fail("'\(h[0])' is not a concept; use 'heading:' for heading text") }
                concepts = c
            }
            if spec["heading"] != nil { headings = Configuration.list(spec["heading"] ?? "").map(TextKey.heading) }
            guard !concepts.isEmpty || !headings.isEmpty else { throw fail("'required-section' needs 'concept:' or 'heading:'") }
            self.kind = .requiredSection(concepts: concepts, headings: headings)
        case "required-field":
            guard let field = spec["field"], !field.isEmpty else { throw fail("'required-field' needs 'field:'") }
            let key = FieldKey(rawValue: field) ?? vocabulary.fieldKeys[TextKey.field(field)]
            self.kind = .requiredField(key, written: field)
        case "avoid-phrase":
            let phrases = Configuration.list(spec["phrase"] ?? "")
            guard !phrases.isEmpty else { throw fail("'avoid-phrase' needs 'phrase:'") }
            self.kind = .avoidPhrase(PhraseSet(phrases), replacement: spec["replacement"].flatMap { $0.isEmpty ? nil : $0 })
        case "required-phrase":
            let phrases = Configuration.list(spec["phrase"] ?? "")
            guard !phrases.isEmpty else { throw fail("'required-phrase' needs 'phrase:'") }
            let (concepts, headings) = try sectionTarget("section")
            self.kind = .requiredPhrase(PhraseSet(phrases), concepts: concepts, headings: headings)
        case "max-interval":
            guard let from = spec["from"].flatMap(FieldKey.init(rawValue:)), let to = spec["to"].flatMap(FieldKey.init(rawValue:)) else {
                throw fail("'max-interval' needs 'from:' and 'to:', each a field key such as date, next-meeting, circulated, previous-meeting")
            }
            guard let within = spec["within"].flatMap(Interval.init) else { throw fail("'max-interval' needs 'within:', e.g. '8 weeks'") }
            self.kind = .maxInterval(from: from, to: to, within: within)
        default:
            throw fail("unknown check '\(kind)': use one of \(DeclarativeCheck.kinds.joined(separator: ", "))")
        }
    }

    func check(_ meeting: Meeting, _: WordIndex, _ context: CheckContext) -> [Finding] {
        switch kind {
        case .requiredSection(let concepts, let headings):
            let sections = meeting.sections.filter { DeclarativeCheck.matches($0, concepts, headings) }
            if sections.contains(where: { $0.substance == .present }) { return [] }
            if let empty = sections.first { return [Finding(empty.headingRange, message)] }
            return [.missing(message)]
        case .requiredField(let key, let written):
            if let key {
                if meeting.meaningfulValue(key, placeholders: context.vocabulary.placeholders) != nil { return [] }
                if let field = meeting.field(key) { return [Finding(field.lineRange, message)] }
                return [.missing(message)]
            }
            // A key meetinglint does not know: look for the written key on any field-shaped line.
            let wanted = TextKey.field(written)
            for line in meeting.lines where line.kind == .field || line.kind == .frontMatter {
                let node = meeting.document[line.node]
                if TextKey.field(meeting.text(node.key)) == wanted { return node.content.isEmpty ? [Finding(node.range, message)] : [] }
            }
            return [.missing(message)]
        case .avoidPhrase(let phrases, let replacement):
            var findings: [Finding] = []
            for line in meeting.lines where line.kind != .frontMatter && line.kind != .heading {
                let tokens = meeting.tokens[line.tokens]
                for match in phrases.matches(in: tokens) {
                    let range = SourceRange(tokens[match.index].range.start, tokens[match.index + match.length - 1].range.end)
                    findings.append(Finding(
                        range, message + " (\(quote(meeting.text(range))))", redacted: message,
                        help: replacement.map { "Write '\($0)' instead." }))
                }
            }
            return findings
        case .requiredPhrase(let phrases, let concepts, let headings):
            let sections = meeting.sections.filter { DeclarativeCheck.matches($0, concepts, headings) }
            guard let first = sections.first else { return [.missing(message)] }
            if sections.contains(where: { phrases.firstMatch(in: meeting.contentTokens(of: $0)) != nil }) { return [] }
            return [Finding(first.headingRange, message)]
        case .maxInterval(let from, let to, let within):
            guard let start = DeclarativeCheck.day(from, meeting), let end = DeclarativeCheck.day(to, meeting),
                let field = meeting.field(to) ?? meeting.field(from)
            else { return [] }
            guard end > within.last(after: start, holidays: meeting.holidays) else { return [] }
            return [Finding(field.valueRange, message)]
        }
    }

    static func matches(_ section: Section, _ concepts: [Concept], _ headings: [String]) -> Bool {
        section.conceptSet.contains { concepts.contains($0) } || headings.contains(TextKey.heading(section.title))
    }

    static func day(_ key: FieldKey, _ meeting: Meeting) -> Day? {
        switch key {
        case .date: return meeting.meetingDate.day
        case .nextMeeting: return meeting.nextMeetingDate.day
        case .circulated: return meeting.circulatedDate.day
        default:
            guard let field = meeting.field(key) else { return nil }
            let bytes = meeting.source.bytes
            var tokens: [Token] = []
            Tokenizer.tokenize(bytes, field.valueRange, into: &tokens)
            if case .full(let day) = DateReader.mentions(in: tokens[...], bytes: bytes, order: meeting.dateOrder).first?.value { return day }
            return nil
        }
    }
}
