/// A set of phrases matched as whole token sequences, ignoring case (or, for `caseSensitive`
/// sets such as acronyms, exactly).
public struct PhraseSet: Sendable {
    /// Each phrase's token hashes, grouped by the first one, longest first, in a table that is
    /// cheap to probe for every token.
    private let lookup: TokenMap<[[UInt64]]>
    /// The phrases as written, by a hash of their hash sequence (for messages).
    private let written: [UInt64: String]
    /// Whether matching is exact rather than case-folded.
    public let caseSensitive: Bool

    /// Builds a set from phrases as written in `Rules/`.
    public init(_ phrases: [String], caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
        var byFirst: [UInt64: [[UInt64]]] = [:]
        var written: [UInt64: String] = [:]
        for phrase in phrases {
            let hashes = Tokenizer.tokens(of: phrase).map { caseSensitive ? $0.exact : $0.folded }
            let key = PhraseSet.combine(hashes[...])
            guard let first = hashes.first, written[key] == nil else { continue }
            written[key] = phrase
            byFirst[first, default: []].append(hashes)
        }
        lookup = TokenMap(byFirst.map { ($0.key, $0.value.sorted { $0.count > $1.count }) })
        self.written = written
    }

    /// One hash for a sequence of token hashes.
    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for hash in hashes { value = (value ^ hash) &* 0x100_0000_01b3 &+ (value >> 29) }
        return value
    }

    /// Whether the set has no phrases.
    public var isEmpty: Bool { written.isEmpty }

    /// The number of tokens of the longest phrase that starts at `tokens[index]`, if any.
    public func match(_ tokens: ArraySlice<Token>, at index: Int) -> Int? {
        let token = tokens[index]
        guard let candidates = lookup[caseSensitive ? token.exact : token.folded] else { return nil }
        candidateLoop: for candidate in candidates {
            guard index + candidate.count <= tokens.endIndex else { continue }
            for offset in 1..<max(1, candidate.count) {
                let other = tokens[index + offset]
                if (caseSensitive ? other.exact : other.folded) != candidate[offset] { continue candidateLoop }
            }
            return candidate.count
        }
        return nil
    }

    /// The phrase as written in `Rules/` for the tokens at `tokens[index..<index+length]`.
    public func written(_ tokens: ArraySlice<Token>, at index: Int, length: Int) -> String? {
        let hashes = tokens[index..<(index + length)].map { caseSensitive ? $0.exact : $0.folded }
        return written[PhraseSet.combine(hashes[...])]
    }

    /// Every match in the tokens, left to right, not overlapping: (first token index, length).
    public func matches(in tokens: ArraySlice<Token>) -> [(index: Int, length: Int)] {
        var result: [(Int, Int)] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if let length = match(tokens, at: index) {
                result.append((index, length))
                index += length
            } else {
                index += 1
            }
        }
        return result
    }

    /// The first match in the tokens, if any.
    public func firstMatch(in tokens: ArraySlice<Token>) -> (index: Int, length: Int)? {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if let length = match(tokens, at: index) { return (index, length) }
            index += 1
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
