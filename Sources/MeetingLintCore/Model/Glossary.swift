/// Acronyms and their expansions (`CAMHS: Child and Adolescent Mental Health Services`), read
/// once from a vocabulary list.
public struct Glossary: Sendable {
    /// One acronym.
    public struct Entry: Sendable {
        /// The acronym as written (case matters).
        public var acronym: String
        /// What it stands for.
        public var expansion: String
        /// The expansion's words, folded.
        public var words: [UInt64]
    }

    /// Entries by the acronym's exact hash.
    public private(set) var entries = TokenMap<Entry>()
    /// The folded hashes of the acronyms, each once: a token that is an acronym has one of them.
    public private(set) var acronymWords: [UInt64] = []

    /// Reads `ACRONYM: expansion` entries.
    public init(_ list: [String]) {
        // Sized for the list at once (grown a step at a time, the table was built again at each
        // step); the folded hashes gathered in an array and made unique once sorted.
        entries = TokenMap(minimumCapacity: list.count)
        var folded: [UInt64] = []
        folded.reserveCapacity(list.count)
        defer {
            folded.sort()
            acronymWords = folded.enumerated().compactMap { index, hash in index > 0 && folded[index - 1] == hash ? nil : hash }
        }
        // Each entry is read on its bytes, and its expansion's tokens gathered in one array
        // kept for every entry: read by characters, with an array of tokens made and filtered
        // for each, a glossary of a hundred entries cost about a million instructions at start-up.
        var tokens: [Token] = []
        for item in list {
            var item = item
            let parts: (acronym: String, expansion: String)? = item.withUTF8 { bytes in
                guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
                let acronym = TextKey.trimmingSpaces(bytes, 0..<colon)
                let expansion = TextKey.trimmingSpaces(bytes, (colon + 1)..<bytes.count)
                guard !acronym.isEmpty, !expansion.isEmpty else { return nil }
                tokens.removeAll(keepingCapacity: true)
                Tokenizer.tokenize(bytes, SourceRange(expansion.lowerBound, expansion.upperBound), into: &tokens)
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[acronym]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[expansion]), as: UTF8.self))
            }
            guard let (acronym, expansion) = parts else { continue }
            var words: [UInt64] = []
            words.reserveCapacity(tokens.count)
            for token in tokens where token.shape != .punctuation { words.append(token.folded) }
            entries[Tokenizer.exactHash(acronym)] = Entry(acronym: acronym, expansion: expansion, words: words)
            folded.append(Tokenizer.foldedHash(acronym))
        }
    }

    /// Whether the glossary has no entries.
    public var isEmpty: Bool { entries.count == 0 }

    /// The entry for a token, matched exactly.
    public func entry(for token: Token) -> Entry? { entries[token.exact] }

    /// Whether `words` (folded hashes) contain the entry's expansion as a run.
    public static func contains(_ words: [UInt64], _ expansion: [UInt64]) -> Bool {
        guard !expansion.isEmpty, words.count >= expansion.count else { return false }
        for start in 0...(words.count - expansion.count) where words[start] == expansion[0] {
            if Array(words[start..<(start + expansion.count)]) == expansion { return true }
        }
        return false
    }
}
