/// A set of phrases matched as whole token sequences, ignoring case (or, for `caseSensitive`
/// sets such as acronyms, exactly).
public struct PhraseSet: Sendable {
    /// Where a phrase's token hashes stand in `hashes`.
    private struct Phrase: Sendable {
        var start: Int32
        var length: Int32
    }

    /// Where the phrases that start with one token stand in `phrases` (longest first).
    private struct Group: Sendable {
        var start: Int32
        var end: Int32
    }

    /// What a set holds, behind one reference: a set is copied into every check's setup and
    /// every parameter lookup, and a copy then retains one object rather than each table.
    private final class Storage: Sendable {
        /// The phrases' groups by their first token's hash: a table cheap to probe for every
        /// token. Flat arrays of plain values, so a probe copies and retains nothing.
        let lookup: TokenMap<Group>
        /// Every phrase, grouped by first token.
        let phrases: [Phrase]
        /// Every phrase's token hashes, one after another.
        let hashes: [UInt64]
        /// The phrases as written, by a hash of their hash sequence (for messages).
        let written: [UInt64: String]
        /// The hashes of the phrases' first words, each once.
        let firstWords: [UInt64]

        init(lookup: TokenMap<Group>, phrases: [Phrase], hashes: [UInt64], written: [UInt64: String], firstWords: [UInt64]) {
            self.lookup = lookup
            self.phrases = phrases
            self.hashes = hashes
            self.written = written
            self.firstWords = firstWords
        }
    }

    private let storage: Storage
    /// Whether matching is exact rather than case-folded.
    public let caseSensitive: Bool
    /// The hashes of the phrases' first words, each once (folded, or exact where case-sensitive).
    public var firstWords: [UInt64] { storage.firstWords }

    /// Builds a set from phrases as written in `Rules/`.
    public init(_ phrases: [String], caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
        var byFirst: [UInt64: [[UInt64]]] = [:]
        var written: [UInt64: String] = [:]
        var tokens: [Token] = []
        for phrase in phrases {
            tokens.removeAll(keepingCapacity: true)
            var text = phrase
            text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
            let hashes = tokens.map { caseSensitive ? $0.exact : $0.folded }
            let key = PhraseSet.combine(hashes[...])
            guard let first = hashes.first, written[key] == nil else { continue }
            written[key] = phrase
            byFirst[first, default: []].append(hashes)
        }
        var groups: [(UInt64, Group)] = []
        var flat: [Phrase] = []
        var hashes: [UInt64] = []
        for (first, members) in byFirst {
            let start = Int32(flat.count)
            for member in members.sorted(by: { $0.count > $1.count }) {
                flat.append(Phrase(start: Int32(hashes.count), length: Int32(member.count)))
                hashes.append(contentsOf: member)
            }
            groups.append((first, Group(start: start, end: Int32(flat.count))))
        }
        storage = Storage(lookup: TokenMap(groups), phrases: flat, hashes: hashes, written: written, firstWords: groups.map(\.0))
    }

    /// One hash for a sequence of token hashes.
    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for hash in hashes { value = (value ^ hash) &* 0x100_0000_01b3 &+ (value >> 29) }
        return value
    }

    /// Whether the set has no phrases.
    public var isEmpty: Bool { storage.written.isEmpty }

    /// The number of tokens of the longest phrase that starts at `tokens[index]`, if any.
    public func match(_ tokens: ArraySlice<Token>, at index: Int) -> Int? {
        let token = tokens[index]
        let storage = storage
        guard let group = storage.lookup[caseSensitive ? token.exact : token.folded] else { return nil }
        let hashes = storage.hashes
        candidateLoop: for phrase in storage.phrases[Int(group.start)..<Int(group.end)] {
            let length = Int(phrase.length)
            guard index + length <= tokens.endIndex else { continue }
            let start = Int(phrase.start)
            for offset in 1..<max(1, length) {
                let other = tokens[index + offset]
                if (caseSensitive ? other.exact : other.folded) != hashes[start + offset] { continue candidateLoop }
            }
            return length
        }
        return nil
    }

    /// The phrase as written in `Rules/` for the tokens at `tokens[index..<index+length]`.
    public func written(_ tokens: ArraySlice<Token>, at index: Int, length: Int) -> String? {
        let hashes = tokens[index..<(index + length)].map { caseSensitive ? $0.exact : $0.folded }
        return storage.written[PhraseSet.combine(hashes[...])]
    }

    /// The index of the first token at or after `index` that may start a phrase (its hash passes
    /// the lookup's filter), if any. Most tokens start none: they are passed over here through a
    /// buffer pointer, with one bit test each and no bounds checks.
    @inline(__always)
    private func candidate(in tokens: ArraySlice<Token>, from index: Int) -> Int? {
        let storage = storage
        let caseSensitive = caseSensitive
        let first = tokens.startIndex
        return tokens.withUnsafeBufferPointer { buffer in
            var offset = index &- first
            while offset < buffer.count {
                if storage.lookup.mayContain(caseSensitive ? buffer[offset].exact : buffer[offset].folded) { return first &+ offset }
                offset &+= 1
            }
            return nil
        }
    }

    /// Every match in the tokens, left to right, not overlapping: (first token index, length).
    public func matches(in tokens: ArraySlice<Token>) -> [(index: Int, length: Int)] {
        var result: [(Int, Int)] = []
        var index = tokens.startIndex
        while let start = candidate(in: tokens, from: index) {
            if let length = match(tokens, at: start) {
                result.append((start, length))
                index = start + length
            } else {
                index = start + 1
            }
        }
        return result
    }

    /// The first match in the tokens, if any.
    public func firstMatch(in tokens: ArraySlice<Token>) -> (index: Int, length: Int)? {
        var index = tokens.startIndex
        while let start = candidate(in: tokens, from: index) {
            if let length = match(tokens, at: start) { return (start, length) }
            index = start + 1
        }
        return nil
    }

    /// Whether the whole token sequence is one of the phrases.
    public func matchesWhole(_ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty else { return false }
        return match(tokens, at: tokens.startIndex) == tokens.count
    }

    /// Whether the whole string is one of the phrases.
    public func matchesWhole(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(of: text)
        return matchesWhole(tokens[...])
    }
}
