/// A span of a record's text as UTF-8 byte offsets: `start` inclusive, `end` exclusive.
///
/// Offsets count from the first byte after any byte-order mark.
public struct SourceRange: Sendable, Hashable, Comparable {
    /// The first byte of the span (0-based, inclusive).
    public var start: Int
    /// One past the last byte of the span (0-based, exclusive).
    public var end: Int

    /// Creates a span from `start` (inclusive) to `end` (exclusive).
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Creates a span from offsets known to be in order (`start <= end`), such as a token's.
    @inline(__always)
    init(ordered start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// An empty span at offset 0: the start of the record (line 1, column 1).
    public static let recordStart = SourceRange(0, 0)

    /// The number of bytes in the span.
    public var count: Int { end - start }

    /// Whether the span covers no bytes.
    public var isEmpty: Bool { end == start }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A position users see: 1-based line and 1-based column counted in Unicode code points.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The line, 1-based.
    public var line: Int
    /// The column, 1-based, counted in Unicode code points of the line.
    public var column: Int

    /// Creates a location from a 1-based line and code-point column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
