/// Where a record's tokens stand, by their folded hash: built once per record, the first time a
/// check asks, and shared by every check of the record. A check looking for a phrase list reads
/// where the list's first words stand, and so visits only the sentences or lines that may hold a
/// phrase, instead of testing every token of the record against every list.
///
/// A huge record (more than `largestIndexed` tokens) is not indexed: its chains would be hundreds
/// of megabytes read and written out of order, slower than reading the tokens in order. Its
/// lookups read every token instead, each tested against a filter of the list's first words, so
/// they may also answer units that hold no such word (a check tests each unit it is given).
public final class WordIndex {
    private let tokens: [Token]
    /// Whether lookups read every token rather than the index.
    let scans: Bool
    /// The most tokens a record may have and be indexed.
    static let largestIndexed = 1 << 20
    /// The chains, made the first time a check asks.
    private lazy var chains = Chains(tokens)

    /// Each bucket of folded hashes' tokens, chained in increasing order.
    private struct Chains {
        /// For each token chained, the next token in its bucket (-1: none); then, from `count`
        /// on, for each bucket, the first token in it (-1: none). One array rather than two: the
        /// second one's making (through the standard library's unspecialised allocation) cost a
        /// thousand instructions a record, as much as chaining a hundred tokens.
        let links: [Int32]
        /// How far a mixed hash is shifted right to leave its bucket (`bucket(_:_:)`): there are
        /// `1 << (64 - shift)` buckets.
        let shift: UInt64
        /// The number of tokens chained: all but those past `Int32.max`, which are read one by one.
        let count: Int

        /// About one token to a bucket (up to half a million buckets), so a lookup mostly walks
        /// only the tokens it asks for. (At two tokens a bucket, lookups walked more tokens than
        /// the fewer buckets saved in clearing: 0.28 M instructions more over 300 records; at half
        /// a token a bucket, clearing cost more than the walks saved.)
        init(_ tokens: [Token]) {
            let count = min(tokens.count, Int(Int32.max))
            var size = 64
            while size < count, size < 1 << 19 { size *= 2 }
            let shift = UInt64(64 - size.trailingZeroBitCount)
            // Every link empty at first (made through `reserveCapacity`: `Array(unsafeUninitializedCapacity:)`
            // allocated through the standard library's unspecialised code, at 750 instructions a record).
            var links = [Int32](filledWith: -1, count: count + size)
            tokens.withUnsafeBufferPointer { tokens in
                links.withUnsafeMutableBufferPointer { links in
                    // The heads, all empty; `next` is the tokens' part, set below.
                    let heads = UnsafeMutableBufferPointer(rebasing: links[count...])
                    let next = UnsafeMutableBufferPointer(rebasing: links[..<count])
                    // Each token put at the head of its bucket's chain, from the last one
                    // back; two a turn, as the turn's own counting was a third of its cost.
                    var index = count
                    while index > 1 {
                        let first = Chains.bucket(tokens[index - 1].folded, shift)
                        next[index - 1] = heads[first]
                        heads[first] = Int32(truncatingIfNeeded: index - 1)
                        let second = Chains.bucket(tokens[index - 2].folded, shift)
                        next[index - 2] = heads[second]
                        heads[second] = Int32(truncatingIfNeeded: index - 2)
                        index -= 2
                    }
                    if index == 1 {
                        let bucket = Chains.bucket(tokens[0].folded, shift)
                        next[0] = heads[bucket]
                        heads[bucket] = 0
                    }
                }
            }
            self.links = links
            self.shift = shift
            self.count = count
        }

        /// A hash's bucket: the top bits of its product with 2^64 / φ, which mixes every bit of
        /// the hash into them (the top bits of short words' FNV hashes alone are poorly spread),
        /// in one multiplication and one shift for each token chained.
        @inline(__always)
        static func bucket(_ hash: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift) }
    }

    /// An index of the meeting's tokens (`Meeting.tokens`), built when first read.
    public convenience init(_ meeting: Meeting) { self.init(meeting, indexingUpTo: WordIndex.largestIndexed) }

    /// An index of the meeting's tokens, or none when there are more than `limit`.
    init(_ meeting: Meeting, indexingUpTo limit: Int) {
        tokens = meeting.tokens
        scans = tokens.count > limit
    }

    /// The positions in `Meeting.tokens` of the tokens whose folded hash is one of `hashes`
    /// (distinct), in increasing order.
    func positions(of hashes: [UInt64]) -> [Int] {
        var result: [Int] = []
        if scans {
            scan(for: hashes, into: &result)
        } else {
            collect(hashes, into: &result)
        }
        return result
    }

    /// `collect(_:into:)` by reading every token in order: a filter of the hashes' bits first, and
    /// only where it lets a token through, a look in a table of the hashes (`HashTable`). (A
    /// search of the hashes sorted cost more than the rest of the scan: the tokens the filter
    /// lets through are many when the hashes are a glossary's hundreds of acronyms, and each
    /// halving was a branch that could not be foretold.)
    private func scan(for hashes: [UInt64], into result: inout [Int]) {
        var bits = [UInt64](repeating: 0, count: 64)
        for hash in hashes {
            let (word, bit) = FirstWords.place(hash)
            bits[word] |= bit
        }
        let table = HashTable(hashes)
        // Read through buffer pointers: a huge record's every token passes here, and the arrays'
        // bounds were checked at each (a filter's word is below 64).
        tokens.withUnsafeBufferPointer { tokens in
            bits.withUnsafeBufferPointer { bits in
                table.slots.withUnsafeBufferPointer { slots in
                    for index in tokens.indices {
                        let hash = tokens[index].folded
                        let (word, bit) = FirstWords.place(hash)
                        guard bits[word] & bit != 0 else { continue }
                        if table.contains(hash, in: slots) { result.append(index) }
                    }
                }
            }
        }
    }

    /// A set of hashes for `scan(for:into:)`: open addressing, at least four slots a hash, so a
    /// look is mostly one multiplication, one shift and one or two reads. A slot holding 0 is
    /// empty; the hash 0 itself is kept aside.
    struct HashTable {
        /// The hashes in their slots (0: none).
        let slots: [UInt64]
        /// How far a mixed hash is shifted right to leave its first slot.
        let shift: UInt64
        /// Whether 0 is one of the hashes.
        let holdsZero: Bool

        init(_ hashes: [UInt64]) {
            var size = 16
            while size < hashes.count * 4 { size *= 2 }
            shift = UInt64(64 - size.trailingZeroBitCount)
            var slots = [UInt64](repeating: 0, count: size)
            var holdsZero = false
            for hash in hashes {
                if hash == 0 {
                    holdsZero = true
                    continue
                }
                var slot = HashTable.first(hash, shift)
                while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & (size - 1) }
                slots[slot] = hash
            }
            self.slots = slots
            self.holdsZero = holdsZero
        }

        @inline(__always)
        static func first(_ hash: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

        /// Whether `hash` is one of the hashes; `slots` is `self.slots` read in place. There are
        /// more slots than hashes, so an empty slot ends every look.
        @inline(__always)
        func contains(_ hash: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Bool {
            if hash == 0 { return holdsZero }
            let mask = slots.count - 1
            var slot = HashTable.first(hash, shift)
            while true {
                let held = slots[slot]
                if held == hash { return true }
                if held == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `units(mayHolding:count:range:)` by reading every unit's tokens in order, up to the first
    /// that the filter of the phrases' first words lets through: every unit that holds such a
    /// word is among the answer, and perhaps some that do not.
    private func scannedUnits(mayHolding phrases: PhraseSet, count: Int, range: (Int) -> Range<Int>) -> [Int] {
        let first = FirstWords([phrases])
        var result: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            first.bits.withUnsafeBufferPointer { bits in
                for unit in 0..<count {
                    for index in range(unit).clamped(to: 0..<tokens.count) {
                        let (word, bit) = FirstWords.place(tokens[index].folded)
                        if bits[word] & bit != 0 {
                            result.append(unit)
                            break
                        }
                    }
                }
            }
        }
        return result
    }

    /// Appends to `result` (empty) the positions of the tokens whose folded hash is one of
    /// `hashes` (distinct), in increasing order.
    private func collect(_ hashes: [UInt64], into result: inout [Int]) {
        let chains = chains
        var runs = 0
        chains.links.withUnsafeBufferPointer { links in
            // The tokens' links, then the buckets' heads (`Chains.links`).
            let next = UnsafeBufferPointer(rebasing: links[..<chains.count])
            let heads = UnsafeBufferPointer(rebasing: links[chains.count...])
            tokens.withUnsafeBufferPointer { tokens in
                for hash in hashes {
                    var index = Int(heads[Chains.bucket(hash, chains.shift)])
                    guard index >= 0 else { continue }
                    let count = result.count
                    while index >= 0 {
                        if tokens[index].folded == hash { result.append(index) }
                        index = Int(next[index])
                    }
                    if result.count > count { runs += 1 }
                }
                // Tokens past the chained ones (only in a record of billions).
                for index in chains.count..<tokens.count where hashes.contains(tokens[index].folded) {
                    result.append(index)
                    runs += 1
                }
            }
        }
        // Each hash's positions are in order already: several runs are put in order together.
        if runs > 1 { WordIndex.putInOrder(&result, tokenCount: tokens.count) }
    }

    /// Puts positions of tokens in increasing order: what `positions.sort()` gives. Many
    /// positions among few tokens (as a lookup of a list whose first words are common finds them)
    /// are placed through a bitmap of the tokens, set a bit a position and read a word at a time:
    /// a few instructions a position, where sorting them cost several comparisons each. Positions
    /// that are repeated or outside `0..<tokenCount` are sorted instead.
    static func putInOrder(_ positions: inout [Int], tokenCount: Int) {
        let words = (max(0, tokenCount) + 63) >> 6
        // Few positions, or a bitmap much larger than they are: sorted.
        guard positions.count >= 16, words <= positions.count * 4 else {
            positions.sort()
            return
        }
        let placed = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { bits -> Bool in
            bits.initialize(repeating: 0)
            for position in positions {
                guard position >= 0, position < tokenCount else { return false }
                let bit: UInt64 = 1 &<< UInt64(position & 63)
                if bits[position >> 6] & bit != 0 { return false }
                bits[position >> 6] |= bit
            }
            // As many bits are set as there are positions (each one distinct), so every write
            // below is within the array.
            positions.withUnsafeMutableBufferPointer { positions in
                var index = 0
                for word in 0..<words {
                    var remaining = bits[word]
                    while remaining != 0 {
                        positions[index] = word << 6 | remaining.trailingZeroBitCount
                        index += 1
                        remaining &= remaining &- 1
                    }
                }
            }
            return true
        }
        if !placed { positions.sort() }
    }

    /// A buffer for the positions of a lookup, kept from one to the next: growing a new array
    /// for each lookup cost more than the lookup.
    private var buffer: [Int] = []

    /// The indexes of the units that hold a token at which a phrase of the set may start: one
    /// with the folded hash of a phrase's first word. (A case-sensitive set's hashes are not
    /// folded: every token.) See `units(holding:count:range:)`.
    private func units(mayHolding phrases: PhraseSet, count: Int, range: (Int) -> Range<Int>) -> [Int] {
        if scans { return scannedUnits(mayHolding: phrases, count: count, range: range) }
        let starts = takeStarts(of: phrases)
        let found = WordIndex.units(holding: starts, count: count, range: range)
        buffer = starts
        return found
    }

    /// The positions of the tokens at which a phrase of the set may start, in increasing order,
    /// gathered in the kept buffer: hand it back (`buffer = starts`) once read.
    @inline(__always)
    private func takeStarts(of phrases: PhraseSet) -> [Int] {
        var starts = buffer
        buffer = []
        starts.removeAll(keepingCapacity: true)
        // Room for the positions of most lookups at once, rather than growing a step at a time.
        starts.reserveCapacity(256)
        if phrases.caseSensitive {
            starts.append(contentsOf: tokens.indices)
        } else {
            collect(phrases.firstWords, into: &starts)
        }
        return starts
    }

    /// The indexes of the units that hold one of `positions` (increasing), in increasing order.
    /// Units are `count` token ranges in increasing order, none overlapping another, such as
    /// sentences or lines; `range` gives each one's.
    static func units(holding positions: [Int], count: Int, range: (Int) -> Range<Int>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(min(positions.count, count))
        visit(positions, count: count, range: range) { unit, _ in
            if result.last != unit { result.append(unit) }
            return true
        }
        return result
    }

    /// Calls `body` with each of `positions` (increasing) that stands in a unit, and that unit's
    /// index, in order, until it returns false. Units are as `units(holding:count:range:)` reads them.
    @inline(__always)
    private static func visit(_ positions: [Int], count: Int, range: (Int) -> Range<Int>, _ body: (_ unit: Int, _ position: Int) -> Bool) {
        var low = 0
        for position in positions {
            // The first unit (from the last one found) that ends after the position: a few units
            // one at a time first, as the next position is mostly in one of them (galloping and
            // halving read more units there); then galloping to a bound and halving, so far
            // positions cost little too. Every unit before `low` ends at or before the position.
            var found = false
            for _ in 0..<4 {
                guard low < count else { break }
                if range(low).upperBound > position {
                    found = true
                    break
                }
                low += 1
            }
            if !found, low < count {
                var high = low
                var step = 1
                while high < count, range(high).upperBound <= position {
                    low = high + 1
                    high = low + step
                    step *= 2
                }
                high = min(high, count)
                while low < high {
                    let middle = low + (high - low) / 2
                    if range(middle).upperBound <= position { low = middle + 1 } else { high = middle }
                }
            }
            guard low < count else { break }
            if range(low).contains(position), !body(low, position) { return }
        }
    }

    /// Calls `body` with each position at which a phrase of the set may start inside a unit, and
    /// that unit's index, in increasing order, until it returns false: every position where a
    /// phrase of the set starts is among them. A check that tries its phrases at these positions
    /// only, rather than at every token of each unit `units(mayHolding:count:range:)` answers,
    /// finds the same matches. (Without the index, every token of such a unit that the filter
    /// of the first words lets through.)
    @inline(__always)
    private func forEachStart(of phrases: PhraseSet, count: Int, range: (Int) -> Range<Int>, _ body: (_ unit: Int, _ position: Int) -> Bool) {
        if scans {
            // Each unit's tokens read once, in order, through buffer pointers (a huge record's
            // every token passes here; a filter's word is below 64).
            let first = FirstWords([phrases])
            tokens.withUnsafeBufferPointer { tokens in
                first.bits.withUnsafeBufferPointer { bits in
                    for unit in 0..<count {
                        for index in range(unit).clamped(to: 0..<tokens.count) {
                            let (word, bit) = FirstWords.place(tokens[index].folded)
                            if bits[word] & bit != 0, !body(unit, index) { return }
                        }
                    }
                }
            }
            return
        }
        let starts = takeStarts(of: phrases)
        WordIndex.visit(starts, count: count, range: range, body)
        buffer = starts
    }

    /// Where each action's owner's tokens stand among the record's: read once for the record, as
    /// three checks read every owner (`action-owner`, `owner-known`, `plan-size`), and each such
    /// reading (`Meeting.partTokens`) copied the part and looked its bytes over. A check takes the
    /// runs once, not an owner at a time: each reading of the index's own state is checked for
    /// exclusive access, which cost a third of reading the part again.
    struct OwnerRuns {
        /// For each action, two numbers: where the run of the record's tokens that are its
        /// owner's starts and ends; -1 twice where it has no owner or an empty one, and 0 twice
        /// where its owner's tokens are not a run of the record's. Plain numbers: an array of
        /// optional ranges was made through the standard library's unspecialised code, at a
        /// thousand instructions a record.
        let runs: [Int]
        /// The record's bytes, which the record's tokens' ranges index.
        let bytes: [UInt8]

        /// Whether `meeting.actions[action]` has an owner that is not empty: what
        /// `meeting.actions[action].owner?.isEmpty == false` says, without copying the part out.
        @inline(__always)
        func hasOwner(_ action: Int) -> Bool { 2 * action < runs.count && runs[2 * action] >= 0 }

        /// The tokens of the owner of `meeting.actions[action]` (which has one) and the bytes their
        /// ranges index, as `meeting.partTokens(owner, near: action.tokens, buffer:)` gives them:
        /// a slice of the record's tokens where they are a run of them, else that reading.
        @inline(__always)
        func tokens(of action: Int, in meeting: Meeting, buffer: inout [Token]) -> (tokens: ArraySlice<Token>, bytes: [UInt8]) {
            if 2 * action + 1 < runs.count, runs[2 * action] < runs[2 * action + 1] { return (meeting.tokens[runs[2 * action]..<runs[2 * action + 1]], bytes) }
            guard let owner = meeting.actions[action].owner else { return ([], []) }
            return meeting.partTokens(owner, near: meeting.actions[action].tokens, buffer: &buffer)
        }
    }

    /// The owners' runs, once read.
    private var ownerRunsRead: OwnerRuns?

    /// Where each action's owner's tokens stand in `meeting`, the meeting this index was made of.
    func ownerRuns(in meeting: Meeting) -> OwnerRuns {
        if let ownerRunsRead { return ownerRunsRead }
        var runs = [Int](filledWith: -1, count: 2 * meeting.actions.count)
        var buffer: [Token] = []
        for action in meeting.actions.indices {
            guard let owner = meeting.actions[action].owner, !owner.isEmpty else { continue }
            runs[2 * action] = 0
            runs[2 * action + 1] = 0
            guard let run = meeting.readPartTokens(owner, near: meeting.actions[action].tokens, into: &buffer).run else { continue }
            runs[2 * action] = run.lowerBound
            runs[2 * action + 1] = run.upperBound + 1
        }
        let read = OwnerRuns(runs: runs, bytes: meeting.source.bytes)
        ownerRunsRead = read
        return read
    }

    /// `forEachStart(of:count:range:_:)` over the lines (`Meeting.lines`). (Inlined, as over sentences.)
    @inline(__always)
    func forEachStart(of phrases: PhraseSet, in lines: [TextLine], _ body: (_ line: Int, _ position: Int) -> Bool) {
        forEachStart(of: phrases, count: lines.count, range: { lines[$0].tokens }, body)
    }

    /// `forEachStart(of:count:range:_:)` over sentences. (Inlined, so that the check's `body` and
    /// the sentences' ranges are read in place rather than called through closures.)
    @inline(__always)
    func forEachStart(of phrases: PhraseSet, in sentences: [Meeting.Sentence], _ body: (_ sentence: Int, _ position: Int) -> Bool) {
        forEachStart(of: phrases, count: sentences.count, range: { sentences[$0].tokens }, body)
    }

    /// The indexes of the sentences in which a phrase of the set may stand, in order: every
    /// sentence with a match is among them.
    func sentences(_ sentences: [Meeting.Sentence], mayHold phrases: PhraseSet) -> [Int] {
        units(mayHolding: phrases, count: sentences.count) { sentences[$0].tokens }
    }

    /// The indexes of the lines (`Meeting.lines`) in which a phrase of the set may stand, in order.
    func lines(_ lines: [TextLine], mayHold phrases: PhraseSet) -> [Int] {
        units(mayHolding: phrases, count: lines.count) { lines[$0].tokens }
    }
}
