/// A line at the left margin that would go on a list item's or a block quote's paragraph lazily,
/// as CommonMark reads it (`- Jane Smith — Class teacher⏎Apologies⏎- Tom Reed — GP`), with the
/// lines around it: what the parser asks a `LazyHeadingTest` about.
struct LazyLine {
    /// The line, without trailing spaces.
    var text: SourceRange
    /// The paragraph's line before it (the item's last line so far), or an empty range when it
    /// stands first (a numbered item's text, `BlockParser.numberedSection`).
    var previous: SourceRange
    /// Whether that line is a field's (`Minutes: Raj Patel`).
    var previousIsField: Bool
    /// The next line of the record, trimmed (empty when blank), or nil after the last.
    var next: SourceRange?
    /// Whether the line is a numbered item's text after an item that holds text at the left
    /// margin (`6. School update` after `5. Parents' views⏎Not recorded.`): numbered minutes
    /// pasted with no blank lines, whose headings may name anything.
    var afterSectionText = false
}

/// Whether a `LazyLine` of the record (its bytes) is a heading of the record rather than more of
/// the list item or quote: the parser then ends every open list and quote before it
/// (`BlockParser.lazyHeading`).
/// The record's vocabulary knows its headings (`MeetingBuilder.isLazyHeading`); the parser does not.
typealias LazyHeadingTest = (_ bytes: [UInt8], _ line: LazyLine) -> Bool
