/// A set of phrases matched as whole token sequences, ignoring case (or, for `caseSensitive`
/// sets such as acronyms, exactly).
public struct PhraseSet: Sendable {
    /// Where a phrase's token hashes stand in `hashes`, and the hash of its second token (0 for
    /// a phrase of one token): most phrases tried at a token differ from the tokens there in
    /// their second word (`family group conference` at `family views`), which is then found
    /// without reading `hashes`.
    private struct Phrase: Sendable {
        var start: Int32
        var length: Int32
        var second: UInt64
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
        /// Each of `phrases` as written in `Rules/` (for messages).
        let written: [String]
        /// The hashes of the phrases' first words, each once.
        let firstWords: [UInt64]

        init(lookup: TokenMap<Group>, phrases: [Phrase], hashes: [UInt64], written: [String], firstWords: [UInt64]) {
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
        var tokens: [Token] = []
        // Every phrase's tokens' hashes, one after another, and where each phrase's stand;
        // grouped by first hash below, rather than in a dictionary of arrays (a vocabulary is
        // hundreds of phrases, and every check and profile builds sets at start-up). The tokens
        // of all the phrases are gathered in one array.
        var allHashes: [UInt64] = []
        var entries: [(start: Int, length: Int)] = []
        entries.reserveCapacity(phrases.count)
        allHashes.reserveCapacity(phrases.count * 2)
        tokens.reserveCapacity(phrases.count * 3)
        for phrase in phrases {
            let start = tokens.count
            var text = phrase
            text.withUTF8 { Tokenizer.tokenize($0, SourceRange(0, $0.count), into: &tokens) }
            for token in tokens[start...] { allHashes.append(caseSensitive ? token.exact : token.folded) }
            entries.append((start, tokens.count - start))
        }
        // The phrases in groups by first hash, in the order each group's first word is first
        // listed; each group's longest first (one that is longer matches first), then in the
        // order written. Placed by counting each group's phrases, without sorting them all: most
        // groups are one or two phrases, put in order where they stand. The lookup by first hash
        // holds each group's number until the phrases are placed, then where they stand.
        var lookup = TokenMap<Group>(minimumCapacity: entries.count)
        var groupSizes: [Int] = []
        var entryGroups: [Int32] = []
        entryGroups.reserveCapacity(entries.count)
        for entry in entries {
            guard entry.length > 0 else {
                entryGroups.append(-1)
                continue
            }
            let first = allHashes[entry.start]
            if let group = lookup[first] {
                groupSizes[Int(group.start)] += 1
                entryGroups.append(group.start)
            } else {
                lookup[first] = Group(start: Int32(groupSizes.count), end: 0)
                entryGroups.append(Int32(groupSizes.count))
                groupSizes.append(1)
            }
        }
        var groupStarts: [Int] = []
        groupStarts.reserveCapacity(groupSizes.count + 1)
        var total = 0
        for size in groupSizes {
            groupStarts.append(total)
            total += size
        }
        groupStarts.append(total)
        var order = [Int](repeating: 0, count: total)
        var filled = groupStarts
        for (index, group) in entryGroups.enumerated() where group >= 0 {
            order[filled[Int(group)]] = index
            filled[Int(group)] += 1
        }
        for group in groupSizes.indices where groupSizes[group] > 1 {
            let range = groupStarts[group]..<groupStarts[group + 1]
            guard range.count <= PhraseSet.smallGroup else {
                // Many phrases with one first word (a rule pack's long list): sorted.
                order[range].sort { entries[$0].length != entries[$1].length ? entries[$0].length > entries[$1].length : $0 < $1 }
                continue
            }
            // Insertion by length, longest first; phrases of one length keep their order.
            for position in range.dropFirst() {
                let index = order[position]
                var place = position
                while place > range.lowerBound, entries[order[place - 1]].length < entries[index].length {
                    order[place] = order[place - 1]
                    place -= 1
                }
                order[place] = index
            }
        }
        var groups: [(UInt64, Group)] = []
        var flat: [Phrase] = []
        var hashes: [UInt64] = []
        var written: [String] = []
        flat.reserveCapacity(entries.count)
        written.reserveCapacity(entries.count)
        hashes.reserveCapacity(allHashes.count)
        // A large group's phrases so far, by a hash of their tokens' hashes.
        var seen: Set<UInt64> = []
        for index in order {
            let entry = entries[index]
            let first = allHashes[entry.start]
            let range = entry.start..<(entry.start + entry.length)
            if groups.last?.0 != first {
                groups.append((first, Group(start: Int32(flat.count), end: Int32(flat.count))))
                seen.removeAll(keepingCapacity: true)
            } else {
                // A phrase whose tokens an earlier one of the group has already (`Mum`, `mum`)
                // is the same phrase: the first written stands. A small group is searched; a
                // large one's phrases are remembered by hash, so it is not searched for each.
                let group = groups[groups.count - 1].1
                if group.end - group.start < PhraseSet.smallGroup {
                    let repeated = flat[Int(group.start)..<Int(group.end)].contains { phrase in
                        Int(phrase.length) == entry.length && hashes[Int(phrase.start)..<Int(phrase.start + phrase.length)].elementsEqual(allHashes[range])
                    }
                    if repeated { continue }
                } else {
                    if seen.isEmpty {
                        for phrase in flat[Int(group.start)..<Int(group.end)] {
                            seen.insert(PhraseSet.combine(hashes[Int(phrase.start)..<Int(phrase.start + phrase.length)]))
                        }
                    }
                    guard seen.insert(PhraseSet.combine(allHashes[range])).inserted else { continue }
                }
            }
            let second = entry.length > 1 ? allHashes[entry.start + 1] : 0
            flat.append(Phrase(start: Int32(hashes.count), length: Int32(entry.length), second: second))
            written.append(phrases[index])
            hashes.append(contentsOf: allHashes[range])
            groups[groups.count - 1].1.end = Int32(flat.count)
        }
        for (first, group) in groups { lookup[first] = group }
        storage = Storage(lookup: lookup, phrases: flat, hashes: hashes, written: written, firstWords: groups.map(\.0))
    }

    /// The most phrases with one first word put in order, and searched for repeats, one by one;
    /// a larger group (a rule pack's long list) is sorted, and its phrases remembered by hash.
    static let smallGroup = 16

    /// One hash for a sequence of token hashes.
    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for hash in hashes { value = (value ^ hash) &* 0x100_0000_01b3 &+ (value >> 29) }
        return value
    }

    /// Calls `body` with each phrase's first token's hash and its second's (0 for a phrase of
    /// one token), group by group.
    public func forEachOpening(_ body: (_ first: UInt64, _ second: UInt64) -> Void) {
        for first in storage.firstWords {
            guard let group = storage.lookup[first] else { continue }
            for phrase in storage.phrases[Int(group.start)..<Int(group.end)] { body(first, phrase.second) }
        }
    }

    /// Whether the set has no phrases.
    public var isEmpty: Bool { storage.phrases.isEmpty }

    /// The number of tokens of the longest phrase that starts at `tokens[index]`, if any.
    /// Inlined: checks call it for each candidate token, and the call's own work (saving and
    /// restoring registers, reloading the set's tables) was about half its cost.
    @inline(__always)
    public func match(_ tokens: ArraySlice<Token>, at index: Int) -> Int? {
        let token = tokens[index]
        let storage = storage
        guard let group = storage.lookup[caseSensitive ? token.exact : token.folded] else { return nil }
        let hashes = storage.hashes
        // The next token's hash, read once for every phrase of the group (0 past the end, where
        // no phrase of two tokens or more fits, whatever its second hash).
        let next = index + 1 < tokens.endIndex ? (caseSensitive ? tokens[index + 1].exact : tokens[index + 1].folded) : 0
        candidateLoop: for phrase in storage.phrases[Int(group.start)..<Int(group.end)] {
            let length = Int(phrase.length)
            guard length < 2 || (phrase.second == next && index + length <= tokens.endIndex) else { continue }
            let start = Int(phrase.start)
            for offset in 2..<max(2, length) {
                let other = tokens[index + offset]
                if (caseSensitive ? other.exact : other.folded) != hashes[start + offset] { continue candidateLoop }
            }
            return length
        }
        return nil
    }

    /// The phrase as written in `Rules/` for the tokens at `tokens[index..<index+length]`.
    public func written(_ tokens: ArraySlice<Token>, at index: Int, length: Int) -> String? {
        guard length > 0, let group = storage.lookup[caseSensitive ? tokens[index].exact : tokens[index].folded] else { return nil }
        let wanted = tokens[index..<(index + length)].lazy.map { caseSensitive ? $0.exact : $0.folded }
        for offset in Int(group.start)..<Int(group.end) {
            let phrase = storage.phrases[offset]
            let start = Int(phrase.start)
            if Int(phrase.length) == length, storage.hashes[start..<(start + length)].elementsEqual(wanted) { return storage.written[offset] }
        }
        return nil
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
