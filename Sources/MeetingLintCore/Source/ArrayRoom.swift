/// Arrays made through `reserveCapacity`, for the arrays every record makes.
///
/// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)` allocate
/// through the standard library's unspecialised `_allocateBufferUninitialized`, which looks the
/// storage's generic type up at run time: about 750 instructions a call in a run, more than
/// filling the few hundred elements of a record's tables. `reserveCapacity` and
/// `append(contentsOf:)` allocate through code specialised for the element type.
extension Array {
    /// `count` copies of `value`: what `Array(repeating:count:)` gives.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }

    /// What `Array(unsafeUninitializedCapacity: capacity, initializingWith: initializer)` gives:
    /// `initializer` is handed room for exactly `capacity` elements, uninitialised, writes the
    /// first of them and sets how many it wrote (at most `capacity`), which are the array.
    /// The initializer is called through its context, not inlined: for one whose loop reads many
    /// of its caller's values (the walk over a tree's nodes, the filter of a record's sentences),
    /// that cost more than the look-up saved, and the standard initializer is kept there.
    @inline(__always)
    init(room capacity: Int, initializingWith initializer: (inout UnsafeMutableBufferPointer<Element>, inout Int) -> Void) {
        self.init()
        reserveCapacity(capacity)
        withoutActuallyEscaping(initializer) { initializer in
            // `append(contentsOf:)` hands the room past the elements (all of it: the sequence
            // promises none, as `underestimatedCount` must not be more than it writes) to
            // `_copyContents`, which writes straight into it.
            append(contentsOf: RoomFill(capacity: capacity, initializer: initializer))
        }
    }
}

/// The elements an initializer writes into the room `Array.append(contentsOf:)` makes
/// (`Array(room:initializingWith:)`); as an iterator, it has nothing more.
private struct RoomFill<Element>: Sequence, IteratorProtocol {
    let capacity: Int
    let initializer: (inout UnsafeMutableBufferPointer<Element>, inout Int) -> Void

    mutating func next() -> Element? { nil }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (RoomFill, Int) {
        // The room made may be larger than asked for: the initializer is given exactly `capacity`.
        var room = UnsafeMutableBufferPointer(rebasing: buffer.prefix(capacity))
        var count = 0
        initializer(&room, &count)
        precondition(count >= 0 && count <= room.count, "an initializer wrote more than its room")
        return (self, count)
    }
}
