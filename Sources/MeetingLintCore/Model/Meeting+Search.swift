/// Searches over a record's text that several rules share.
extension Meeting {
    /// A sentence: a run of a line's tokens ended by `.`, `!`, `?` or `;` (a full stop after an
    /// initial such as `A.` does not end it).
    public struct Sentence: Sendable {
        /// The line's index in `lines`.
        public var line: Int
        /// Token indexes into `tokens`.
        public var tokens: Range<Int>
    }

    static let sentenceEnds: Set<UInt64> = Set([".", "!", "?", ";"].map(Tokenizer.foldedHash))

    /// The sentences of the record's body text (front matter left out), in order.
    public func sentences(includingHeadings: Bool = false) -> [Sentence] {
        var result: [Sentence] = []
        for (index, line) in lines.enumerated() where line.kind != .frontMatter && (includingHeadings || line.kind != .heading) {
            var start = line.tokens.lowerBound
            for position in line.tokens where Meeting.sentenceEnds.contains(tokens[position].folded) {
                let afterInitial = position > line.tokens.lowerBound && tokens[position - 1].shape == .initial
                if afterInitial { continue }
                if position > start { result.append(Sentence(line: index, tokens: start..<position)) }
                start = position + 1
            }
            if start < line.tokens.upperBound { result.append(Sentence(line: index, tokens: start..<line.tokens.upperBound)) }
        }
        return result
    }

    /// The first match of a phrase set in the body text: its line index and token range.
    public func firstMatch(_ phrases: PhraseSet, includingHeadings: Bool = false, includingFrontMatter: Bool = false) -> (line: Int, tokens: Range<Int>)? {
        for (index, line) in lines.enumerated() {
            if line.kind == .frontMatter && !includingFrontMatter { continue }
            if line.kind == .heading && !includingHeadings { continue }
            if let match = phrases.firstMatch(in: tokens[line.tokens]) {
                return (index, match.index..<(match.index + match.length))
            }
        }
        return nil
    }

    /// Whether any token of `slice` begins a phrase of `phrases`.
    public func contains(_ phrases: PhraseSet, in slice: ArraySlice<Token>) -> Bool {
        phrases.firstMatch(in: slice) != nil
    }

    /// The byte range covered by a token range.
    public func span(_ range: Range<Int>) -> SourceRange {
        guard let first = range.first, let last = range.last else { return SourceRange(0, 0) }
        return SourceRange(tokens[first].range.start, tokens[last].range.end)
    }

    /// The value of a field, if set and not a placeholder (`TBC`, `N/A`).
    public func meaningfulValue(_ key: FieldKey, placeholders: PhraseSet) -> Field? {
        guard let field = field(key), !field.value.isEmpty else { return nil }
        let tokens = Tokenizer.tokens(of: field.value)
        var slice = tokens[...]
        while let last = slice.last, last.shape == .punctuation, slice.count > 1 { slice = slice.dropLast() }
        if placeholders.matchesWhole(slice) { return nil }
        return field
    }
}
