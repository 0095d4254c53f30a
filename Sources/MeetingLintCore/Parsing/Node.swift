/// The kinds of block the record dialect has.
public enum NodeKind: UInt8, Sendable, CaseIterable {
    /// The root; its children are the record's top-level blocks.
    case document
    /// The `---` block of `key: value` fields at the very top of a record.
    case frontMatter
    /// One `key: value` line of the front matter (`key` and `content` are set).
    case frontMatterField
    /// An ATX (`## Text`) or setext heading; `level` is 1–6 and `content` is the text.
    case heading
    /// Consecutive non-blank lines; its children are `textLine` and `fieldLine` nodes.
    case paragraph
    /// One line of a paragraph; `content` is the line without container markers or indentation.
    case textLine
    /// One line of a paragraph shaped `Key: value` or `**Key:** value` (`key` and `content` set).
    case fieldLine
    /// Consecutive list items of one kind; `level` is 1 for an ordered list, 0 for bullets.
    case list
    /// A list item; its children are blocks. `task` tells whether it is a `[ ]` / `[x]` task.
    case listItem
    /// A pipe table; its children are `tableRow` nodes.
    case table
    /// One row of a table; its cells are `Document.cells(of:)`.
    case tableRow
    /// A `>` block quote; its children are blocks.
    case blockQuote
    /// A fenced code block (ignored by the checks); `content` is its body, `key` its info string.
    case codeBlock
    /// An HTML comment; `content` is the text between `<!--` and `-->`.
    case htmlComment
    /// A `---`, `***` or `___` line.
    case thematicBreak
}

/// Whether a list item is a task, and whether it is ticked.
public enum TaskState: UInt8, Sendable {
    /// An ordinary list item.
    case none
    /// `- [ ]`: not yet done.
    case open
    /// `- [x]`: done.
    case done
}

/// One block of the syntax tree, stored flat in `Document.nodes` and linked by index.
///
/// Indexes are `Int32` with `-1` for "none", which keeps a node small and the tree free of
/// recursion however deep the input nests. Its three spans are kept as 32-bit offsets (the
/// parser reads at most `Document.longestParsed` bytes of a record), which makes a node 60 bytes
/// rather than 88: a huge record has a node or more for every line.
public struct Node: Sendable {
    /// What the node is.
    public var kind: NodeKind
    private var rangeStart: UInt32
    private var rangeEnd: UInt32
    private var contentStart: UInt32
    private var contentEnd: UInt32
    private var keyStart: UInt32 = 0
    private var keyEnd: UInt32 = 0
    /// A heading's level (1–6); 1 for an ordered list, 0 for a bullet list.
    public var level: Int8 = 0
    /// A list item's task state.
    public var task: TaskState = .none
    /// A table row's role: `isHeader` is set on the row above a `|---|` line, `isDelimiter` on it.
    public var isHeader = false
    /// Whether a table row is the `|---|---|` line under the header.
    public var isDelimiter = false
    /// Internal: the column where a list item's content starts.
    var indent: Int32 = 0
    /// Internal: a table row's cells, as a slice of `Document.cells`.
    var cellStart: Int32 = 0
    var cellCount: Int32 = 0
    /// The parent's index, `-1` for the document.
    public var parent: Int32 = -1
    /// The first child's index, or `-1`.
    public var firstChild: Int32 = -1
    /// The last child's index, or `-1`.
    public var lastChild: Int32 = -1
    /// The next sibling's index, or `-1`.
    public var nextSibling: Int32 = -1

    /// The whole node, from its first byte to the end of its last line (line end excluded).
    public var range: SourceRange {
        @inline(__always) get { SourceRange(ordered: Int(rangeStart), Int(rangeEnd)) }
        @inline(__always) set { (rangeStart, rangeEnd) = Node.offsets(newValue) }
    }

    /// The node's text without markup: heading text, a line's text, a field's value, a comment's
    /// body, a code block's body. Empty where the kind has none.
    public var content: SourceRange {
        @inline(__always) get { SourceRange(ordered: Int(contentStart), Int(contentEnd)) }
        @inline(__always) set { (contentStart, contentEnd) = Node.offsets(newValue) }
    }

    /// A field's key without emphasis or colon; a code block's info string.
    public var key: SourceRange {
        @inline(__always) get { SourceRange(ordered: Int(keyStart), Int(keyEnd)) }
        @inline(__always) set { (keyStart, keyEnd) = Node.offsets(newValue) }
    }

    @inline(__always)
    init(kind: NodeKind, range: SourceRange, content: SourceRange) {
        self.kind = kind
        (rangeStart, rangeEnd) = Node.offsets(range)
        (contentStart, contentEnd) = Node.offsets(content)
    }

    /// A span's offsets in 32 bits. The parser's offsets always fit: it reads at most
    /// `Document.longestParsed` (`UInt32.max`) bytes of a record. (A span set by a caller on a
    /// copy of a node must stay within them too.) Not clamped: this runs for every node and line.
    @inline(__always)
    static func offsets(_ range: SourceRange) -> (UInt32, UInt32) {
        (UInt32(truncatingIfNeeded: range.start), UInt32(truncatingIfNeeded: range.end))
    }
}

/// Something about a record's layout that the parser worked around.
public struct ParseProblem: Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The bytes at `range` are not valid UTF-8.
        case invalidUTF8
        /// A front-matter block opened on line 1 is never closed.
        case unclosedFrontMatter
        /// A fenced code block is never closed; the rest of the record was read as code.
        case unclosedCodeBlock
        /// An HTML comment is never closed; the rest of the record was read as a comment.
        case unclosedComment
    }

    /// What went wrong.
    public var kind: Kind
    /// Where: the first bad byte, or the line that opened the block.
    public var range: SourceRange
}
