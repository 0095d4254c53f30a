/// The syntax tree of one record: every block with its exact source range.
///
/// `Document(parsing:)` never throws and never recurses on the input's nesting; layout it had to
/// work around is listed in `problems`.
public struct Document: Sendable {
    /// The record the tree was read from.
    public let source: SourceFile
    /// Every node; index 0 is the document itself.
    public internal(set) var nodes: [Node]
    /// The cells of every table row, trimmed, in order.
    public internal(set) var cells: [SourceRange]
    /// Layout the parser worked around, in source order.
    public internal(set) var problems: [ParseProblem]
    /// Whether the nodes' indexes are their order in the tree, every node in it
    /// (`BlockParser.nodesInDocumentOrder`): then `descendants(of: Document.root)` is every index
    /// but the root's, without a walk. (Set apart from parsing only by tests, of the walk.)
    var nodesInDocumentOrder: Bool

    /// Parses a record. Never fails: any byte sequence gives a tree.
    public init(parsing source: SourceFile) {
        self.init(parsing: source, shortcuts: true)
    }

    /// The most bytes of a record the tree covers: `UInt32.max`, as nodes keep their offsets in
    /// 32 bits (tokens stop sooner, at `Token.largestOffset`). The driver never reads a record that
    /// long (`RecordReader.largestRecord`).
    static let longestParsed = Int(UInt32.max)

    /// Parses a record, with or without the parser's shortcuts for common lines (tests compare
    /// the trees both ways give; they must be the same).
    ///
    /// With `lazyHeading`, a line at the left margin that names a heading ends the lists before
    /// it rather than going on their last item (`BlockParser.lazyHeading`).
    init(parsing source: SourceFile, shortcuts: Bool, lazyHeading: LazyHeadingTest? = nil) {
        // A record longer than 32-bit offsets reach (only a caller of the library could make one)
        // is read as its first `longestParsed` bytes, so every offset in the tree fits.
        let source = source.bytes.count <= Document.longestParsed ? source : source.prefix(Document.longestParsed)
        let parsed = source.bytes.withUnsafeBufferPointer { bytes in
            // The parser writes nodes straight into the array's storage; a record with more nodes
            // than estimated comes back as an array of its own.
            var cells: [SourceRange] = []
            var problems: [ParseProblem] = []
            var outgrown: [Node]?
            var inOrder = false
            let nodes = [Node](room: BlockParser.nodeEstimate(of: source)) { storage, initialized in
                var parser = BlockParser(source: source, bytes: bytes, storage: storage)
                parser.shortcuts = shortcuts
                parser.lazyHeading = lazyHeading
                parser.parse()
                (initialized, outgrown) = parser.finishNodes()
                cells = parser.finishCells()
                problems = parser.problems
                inOrder = parser.nodesInDocumentOrder
            }
            return (outgrown ?? nodes, cells, problems, inOrder)
        }
        self.source = source
        (nodes, cells, problems, nodesInDocumentOrder) = parsed
        if let offset = source.firstInvalidUTF8Offset() {
            problems.insert(ParseProblem(kind: .invalidUTF8, range: SourceRange(offset, offset + 1)), at: 0)
        }
    }

    /// The root's index.
    public static let root: Int32 = 0

    /// The node at `index`.
    public subscript(index: Int32) -> Node { nodes[Int(index)] }

    /// The children of a node, in order.
    public func children(of index: Int32) -> Children { Children(nodes: nodes, first: nodes[Int(index)].firstChild) }

    /// The trimmed cell ranges of a table row.
    public func cells(of index: Int32) -> ArraySlice<SourceRange> {
        let node = nodes[Int(index)]
        return cells[Int(node.cellStart)..<Int(node.cellStart + node.cellCount)]
    }

    /// The text of a span.
    public func text(_ range: SourceRange) -> String { source.text(range) }

    /// Node indexes below `index` in document order (the node itself excluded), without recursion.
    public func descendants(of index: Int32) -> [Int32] {
        precondition(index >= 0 && Int(index) < nodes.count, "no node \(index)")
        if index == Document.root { return everyNodeInOrder() }
        return nodes.withUnsafeBufferPointer { nodes in
            var result: [Int32] = []
            // Every node but the root descends from it.
            if index == Document.root { result.reserveCapacity(nodes.count - 1) }
            var pending: [Int32] = []
            var current = nodes[Int(index)].firstChild
            while true {
                if current < 0 {
                    guard let resumed = pending.popLast() else { break }
                    current = resumed
                    continue
                }
                result.append(current)
                let firstChild = nodes[Int(current)].firstChild
                let nextSibling = nodes[Int(current)].nextSibling
                if firstChild >= 0 {
                    if nextSibling >= 0 { pending.append(nextSibling) }
                    current = firstChild
                } else {
                    current = nextSibling
                }
            }
            return result
        }
    }

    /// `descendants(of: Document.root)`, which the model asks for once a record: every index but
    /// the root's, for a tree the parser made in the walk's order (`nodesInDocumentOrder`);
    /// otherwise the same walk, written through pointers into an array made with room for every
    /// node but the root, so no append checks the array's uniqueness and capacity (they cost more
    /// than the walk itself).
    private func everyNodeInOrder() -> [Int32] {
        let capacity = nodes.count - 1
        if nodesInDocumentOrder {
            // The parser made the nodes in the walk's order (it always does): their indexes are
            // written out, at some five instructions a node (the room made included) rather than
            // the walk's eighteen.
            return [Int32](room: capacity) { result, count in
                for offset in 0..<capacity { result[offset] = Int32(truncatingIfNeeded: offset + 1) }
                count = capacity
            }
        }
        return nodes.withUnsafeBufferPointer { nodes in
            // The next siblings still to visit, one for each node on the way down that has one:
            // never more than the nodes visited.
            let pending = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, capacity))
            defer { pending.deallocate() }
            return [Int32](unsafeUninitializedCapacity: capacity) { result, count in
                var pendingCount = 0
                var current = nodes[Int(Document.root)].firstChild
                while true {
                    if current < 0 {
                        guard pendingCount > 0 else { break }
                        pendingCount -= 1
                        current = pending[pendingCount]
                        continue
                    }
                    // A node visited twice would mean a cycle, which the parser never makes.
                    precondition(count < capacity && Int(current) < nodes.count, "the tree is not a tree")
                    (result.baseAddress! + count).initialize(to: current)
                    count += 1
                    let firstChild = nodes[Int(current)].firstChild
                    let nextSibling = nodes[Int(current)].nextSibling
                    if firstChild >= 0 {
                        if nextSibling >= 0 {
                            pending[pendingCount] = nextSibling
                            pendingCount += 1
                        }
                        current = firstChild
                    } else {
                        current = nextSibling
                    }
                }
            }
        }
    }

    /// A sequence of sibling nodes.
    public struct Children: Sequence, IteratorProtocol {
        let nodes: [Node]
        var upcoming: Int32

        init(nodes: [Node], first: Int32) {
            self.nodes = nodes
            upcoming = first
        }

        public mutating func next() -> Int32? {
            guard upcoming >= 0 else { return nil }
            let current = upcoming
            upcoming = nodes[Int(current)].nextSibling
            return current
        }
    }
}
