/// `jargon`: an acronym from the glossary is expanded at its first use, or defined in a glossary
/// section.
struct Jargon: BuiltInCheck, SetUpCheck {
    static let id = "jargon"

    static let open = Tokenizer.foldedHash("(")
    static let close = Tokenizer.foldedHash(")")

    /// What a context's parameters name, read once: the glossary, its other meanings (another
    /// expansion an acronym may stand for), the vocabulary file both are in, and the acronyms allowed.
    final class Setup: Sendable {
        let glossary: Glossary
        let otherMeanings: Glossary
        let file: String
        let allowed: Set<UInt64>
        /// Each acronym's finding message and help, made the first time it is reported (they
        /// depend only on the acronym and the context's lists).
        let messages = MessageMemo()

        init(glossary: Glossary, otherMeanings: Glossary, file: String, allowed: Set<UInt64>) {
            self.glossary = glossary
            self.otherMeanings = otherMeanings
            self.file = file
            self.allowed = allowed
        }
    }

    /// What the finding for an unexplained acronym says.
    struct Message: Sendable {
        let message: String
        let help: String
    }

    /// Findings' wording by the acronym's exact hash, shared by every worker.
    final class MessageMemo: @unchecked Sendable {
        private let lock = Lock()
        private var messages: [UInt64: Message] = [:]

        /// The wording for `key`, made by `make` the first time it is asked for.
        func message(for key: UInt64, _ make: () -> Message) -> Message {
            lock.lock()
            defer { lock.unlock() }
            if let known = messages[key] { return known }
            let made = make()
            messages[key] = made
            return made
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let listName = context.parameters["glossary"] ?? "glossary/acronyms"
        // The glossary's other lists, in the same vocabulary file: another expansion an acronym
        // may stand for, what an expansion means to a family, and advice on the words to use.
        let file = listName.split(separator: "/").first.map(String.init) ?? "glossary"
        return Setup(
            glossary: context.vocabulary.glossary(named: listName),
            otherMeanings: context.vocabulary.glossary(named: "\(file)/other-meanings"), file: file,
            allowed: Set(Configuration.list(context.parameters["allowed"] ?? "").map(Tokenizer.exactHash)))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = self.setup(context)
        let glossary = setup.glossary
        guard !glossary.isEmpty else { return [] }
        // Acronyms a glossary section defines: a set, as a glossary section may be long and is
        // looked up at each acronym's first use.
        // (Read in place by index: `sections(_:)` would make an array of copies.)
        let glossarySections = meeting.sectionIndexes(.glossary)
        var defined = TokenSet(minimumCapacity: glossarySections.reduce(0) { $0 + meeting.contentTokens(of: meeting.sections[$1]).count })
        for section in glossarySections {
            for token in meeting.contentTokens(of: meeting.sections[section]) where token.isWord { defined.insert(token.exact) }
        }
        // The glossary acronyms met so far (no more than the glossary has: an array costs less to build).
        var seen: [UInt64] = []
        var findings: [Finding] = []
        let tokens = meeting.tokens
        let lines = meeting.lines
        // Only the tokens that may be an acronym of the glossary are read (its folded hashes), in
        // order, each with the line it stands on: front matter is not checked.
        var line = 0
        for index in words.positions(of: glossary.acronymWords) {
            while line < lines.count, lines[line].tokens.upperBound <= index { line += 1 }
            guard line < lines.count, lines[line].tokens.contains(index), lines[line].kind != .frontMatter else { continue }
            let token = tokens[index]
            // Acronyms have a capital letter.
            guard token.shape == .upperWord || token.shape == .initial || (token.shape == .word && token.exact != token.folded),
                let entry = glossary.entry(for: token), !seen.contains(token.exact)
            else { continue }
            seen.append(token.exact)
            if defined.contains(token.exact) || setup.allowed.contains(token.exact) { continue }
            // `Tariq Ahmed (TA)`: a person's initials, defined beside their name.
            if Jargon.initialsOfName(tokens[...], at: index, bytes: meeting.source.bytes) {
                defined.insert(token.exact)
                continue
            }
            // The expansion may wrap onto the next line, or start on the line before.
            let other = setup.otherMeanings.entry(for: token)
            if Jargon.expanded(tokens[...], at: index, words: entry.words) { continue }
            if let other, Jargon.expanded(tokens[...], at: index, words: other.words) { continue }
            let message = setup.messages.message(for: token.exact) {
                let finding = Jargon.finding(token.range, entry, or: other, vocabulary: context.vocabulary, file: setup.file)
                return Message(message: finding.message, help: finding.help ?? "")
            }
            findings.append(Finding(token.range, message.message, help: message.help))
        }
        return findings
    }

    /// The finding for an unexplained acronym: what it stands for (and what that means to a family,
    /// where the glossary says), and how to explain it.
    static func finding(_ range: SourceRange, _ entry: Glossary.Entry, or other: Glossary.Entry?, vocabulary: Vocabulary, file: String) -> Finding {
        func note(_ list: String) -> String? {
            let prefix = entry.acronym + ":"
            return vocabulary.list("\(file)/\(list)").last { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)).trimmingSpaces }
                .flatMap { $0.isEmpty ? nil : $0 }
        }
        var means = entry.expansion
        if let other { means += " or " + other.expansion }
        if let meaning = note("meanings") { means += " — " + meaning }
        var help = "Write it out the first time, e.g. '\(entry.expansion) (\(entry.acronym))', or add a Glossary section that explains it."
        if let advice = note("advice") { help += " " + advice }
        return Finding(range, "'\(entry.acronym)' is not explained: a family may not know it means \(means).", help: help)
    }

    /// Whether the acronym at `index` stands in brackets after capitalised words whose initials it
    /// is (`Tariq Ahmed (TA)`).
    static func initialsOfName(_ tokens: ArraySlice<Token>, at index: Int, bytes: [UInt8]) -> Bool {
        guard index > tokens.startIndex, tokens[index - 1].folded == open else { return false }
        let letters = tokens[index].range
        guard letters.count >= 2, index - 1 - letters.count >= tokens.startIndex else { return false }
        let first = index - 1 - letters.count
        for offset in 0..<letters.count {
            let word = tokens[first + offset]
            guard word.isWord, bytes[word.range.start] == bytes[letters.start + offset] else { return false }
        }
        return true
    }

    /// Whether the acronym at `index` stands beside its expansion in brackets, either way round.
    /// Punctuation between the words does not count.
    static func expanded(_ tokens: ArraySlice<Token>, at index: Int, words: [UInt64]) -> Bool {
        guard !words.isEmpty else { return false }
        // `Expansion (ACRONYM)`: the words before the bracket end with the expansion.
        if index > tokens.startIndex, tokens[index - 1].folded == open {
            var remaining = words.count
            var position = index - 2
            while position >= tokens.startIndex, remaining > 0 {
                let token = tokens[position]
                if token.shape != .punctuation {
                    guard token.folded == words[remaining - 1] else { break }
                    remaining -= 1
                }
                position -= 1
            }
            if remaining == 0 { return true }
        }
        // `ACRONYM (Expansion)`: the words inside the bracket start with it.
        if index + 1 < tokens.endIndex, tokens[index + 1].folded == open {
            var matched = 0
            var position = index + 2
            while position < tokens.endIndex, matched < words.count, tokens[position].folded != close {
                let token = tokens[position]
                if token.shape != .punctuation {
                    guard token.folded == words[matched] else { break }
                    matched += 1
                }
                position += 1
            }
            if matched == words.count { return true }
        }
        return false
    }
}
