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
        for item in list {
            guard let colon = item.firstIndex(of: ":") else { continue }
            let acronym = String(item[..<colon]).trimmingSpaces
            let expansion = String(item[item.index(after: colon)...]).trimmingSpaces
            guard !acronym.isEmpty, !expansion.isEmpty else { continue }
            let words = Tokenizer.tokens(of: expansion).filter { $0.shape != .punctuation }.map(\.folded)
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
