/// A map from token hashes to values: open addressing with the hash itself as the slot, and a
/// 4,096-bit filter that turns most misses away with one bit test. Token hashes are FNV-1a values,
/// already well mixed, so this is far cheaper than `Dictionary`'s seeded hashing on the hot path
/// (one lookup per token per phrase list).
public struct TokenMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var filter: [UInt64]
    private var mask: Int
    /// The number of keys.
    public private(set) var count = 0

    /// An empty map.
    public init() { self.init(minimumCapacity: 0) }

    /// An empty map with room for `count` keys before it grows. With no room asked for, it
    /// allocates nothing until its first key (a check may make one per record and never fill it).
    public init(minimumCapacity count: Int) {
        guard count > 0 else {
            keys = []
            values = []
            filter = noKeysFilter
            mask = 0
            return
        }
        var size = 8
        while size < count * 2 { size *= 2 }
        keys = [UInt64](filledWith: 0, count: size)
        values = [Value?](filledWith: nil, count: size)
        filter = [UInt64](filledWith: 0, count: 64)
        mask = size - 1
    }

    /// A map of these pairs (a later value for the same key wins).
    public init(_ pairs: [(UInt64, Value)]) {
        // Sized for them at once, rather than grown (and every key placed again) a step at a time.
        self.init(minimumCapacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 31)) & UInt64(mask)) }

    /// The filter's bit for a key: both halves mixed, as the top bits alone of short words' FNV
    /// hashes are poorly spread (`the` and `not` shared a bit with month names).
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 32)) & 4095) }

    /// Whether the map may hold a key: false means it does not, found with one bit test and no
    /// probing (for a loop that passes over most tokens before it looks one up).
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        // The filter always has 64 words, and a bit's word is below 64.
        let bit = TokenMap.filterBit(key)
        let filterWord = filter.withUnsafeBufferPointer { $0[bit &>> 6] }
        return filterWord & (1 &<< UInt64(bit & 63)) != 0
    }

    /// The value for a key.
    public subscript(key: UInt64) -> Value? {
        get {
            // Read through buffer pointers, without the arrays' bounds checks: a key that passes
            // the filter means the map has keys, so `keys` and `values` have `mask + 1` slots and
            // every index is masked.
            guard mayContain(key) else { return nil }
            return keys.withUnsafeBufferPointer { keys in
                values.withUnsafeBufferPointer { values in
                    var index = TokenMap.slot(key, mask)
                    while let value = values[index] {
                        if keys[index] == key { return value }
                        index = (index &+ 1) & mask
                    }
                    return nil
                }
            }
        }
        set {
            guard let newValue else { return }  // Removal is not needed.
            if (count + 1) * 2 > keys.count { grow() }
            var index = TokenMap.slot(key, mask)
            while values[index] != nil {
                if keys[index] == key {
                    values[index] = newValue
                    return
                }
                index = (index + 1) & mask
            }
            keys[index] = key
            values[index] = newValue
            count += 1
            let bit = TokenMap.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Sets every key of `newKeys` to `value`: what `self[key] = value` for each in turn gives.
    /// The arrays are written through buffer pointers opened once for as many keys as fit before
    /// the map must grow, rather than checked for uniqueness and bounds three times a key (a
    /// record's known people are put in a set this way, some hundred keys at once).
    mutating func setAll<S: Sequence>(_ newKeys: S, to value: Value) where S.Element == UInt64 {
        var iterator = newKeys.makeIterator()
        var pending = iterator.next()
        while pending != nil {
            if (count + 1) * 2 > keys.count { grow() }
            // Keys that may be placed before the map must grow again: one at least.
            let room = keys.count / 2 - count
            let mask = mask
            var placedCount = count
            keys.withUnsafeMutableBufferPointer { keys in
                values.withUnsafeMutableBufferPointer { values in
                    filter.withUnsafeMutableBufferPointer { filter in
                        var placed = 0
                        while placed < room, let key = pending {
                            pending = iterator.next()
                            // Every index is masked, and the arrays have `mask + 1` slots.
                            var index = TokenMap.slot(key, mask)
                            var found = false
                            while values[index] != nil {
                                if keys[index] == key {
                                    found = true
                                    break
                                }
                                index = (index &+ 1) & mask
                            }
                            values[index] = value
                            guard !found else { continue }
                            keys[index] = key
                            placed += 1
                            let bit = TokenMap.filterBit(key)
                            filter[bit &>> 6] |= 1 &<< UInt64(bit & 63)
                        }
                        placedCount += placed
                    }
                }
            }
            count = placedCount
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = max(8, keys.count * 2)
        keys = [UInt64](filledWith: 0, count: size)
        values = [Value?](filledWith: nil, count: size)
        mask = size - 1
        count = 0
        for index in oldKeys.indices {
            if let value = oldValues[index] { self[oldKeys[index]] = value }
        }
    }

    /// Every key and value, in no particular order.
    public var pairs: [(UInt64, Value)] {
        keys.indices.compactMap { index in values[index].map { (keys[index], $0) } }
    }
}

/// The filter of a map with no keys, shared until a key is added (a map's filter is then its own).
private let noKeysFilter = [UInt64](repeating: 0, count: 64)

/// A set of token hashes (see `TokenMap`).
public struct TokenSet: Sendable {
    private var map = TokenMap<Bool>()

    /// An empty set.
    public init() {}

    /// An empty set with room for `count` hashes before it grows.
    public init(minimumCapacity count: Int) { map = TokenMap(minimumCapacity: count) }

    /// A set of these hashes.
    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        // Sized for the hashes at once (as far as the sequence knows its length), rather than
        // grown from nothing, every hash placed again at each step.
        map = TokenMap(minimumCapacity: hashes.underestimatedCount)
        map.setAll(hashes, to: true)
    }

    /// A set of the folded hashes of these words.
    public init(words: [String]) {
        self.init(words.map(Tokenizer.foldedHash))
    }

    /// Whether the set holds a hash.
    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { map[hash] != nil }

    /// Adds a hash.
    public mutating func insert(_ hash: UInt64) { map[hash] = true }

    /// Adds hashes.
    public mutating func formUnion<S: Sequence>(_ hashes: S) where S.Element == UInt64 { map.setAll(hashes, to: true) }

    /// The number of hashes.
    public var count: Int { map.count }
}

/// A set of hashes gathered in a list and, once all are added (`finish()`), put in a hash set
/// (`TokenSet`) only if there are more than `longestList`. Most records list a few dozen words
/// of people, and making a hash set of them cost more than looking through them for the few
/// lookups a record makes (the builder's known people, owner-known's names).
struct ShortTokenSet: Sendable {
    private var list: [UInt64] = []
    private var set: TokenSet?
    /// The most hashes looked through one by one.
    static let longestList = 64

    /// An empty set.
    init() {}

    /// An empty set with room for `count` hashes.
    init(minimumCapacity count: Int) { list.reserveCapacity(count) }

    /// Adds a hash (before `finish()`).
    mutating func insert(_ hash: UInt64) { list.append(hash) }

    /// Adds hashes (before `finish()`).
    mutating func formUnion<S: Sequence>(_ hashes: S) where S.Element == UInt64 { list.append(contentsOf: hashes) }

    /// Makes the hash set, if the hashes are many; called once they are all added.
    mutating func finish() {
        guard list.count > ShortTokenSet.longestList else { return }
        var set = TokenSet(minimumCapacity: list.count)
        set.formUnion(list)
        self.set = set
        list = []
    }

    /// Whether a hash is one of those added.
    func contains(_ hash: UInt64) -> Bool {
        if let set { return set.contains(hash) }
        return list.contains(hash)
    }
}
