// The string operations the linter took from swift-corelibs-foundation (`range(of:)`,
// `replacingOccurrences(of:with:)`, `trimmingCharacters(in:)`), written on the standard library
// so that the binary does not link it (see `Lock.swift`). `FoundationFreeTests` compares each
// with Foundation's.

extension StringProtocol {
    /// Where `needle` first stands in the text, as Foundation's `range(of:)` found it: compared
    /// byte by byte (so scalar by scalar), passing over a match that a combining mark, variation
    /// selector or skin-tone modifier follows, since it would end inside a character: `--` is not
    /// found in `--\u{301}`. (The standard library's `firstRange(of:)`, which compares whole
    /// characters, also passes over `--` before a zero-width joiner, which Foundation found.) The
    /// needles searched for have no second spelling in Unicode, so comparing scalars misses none.
    func firstWholeRange(of needle: String) -> Range<Index>? {
        // Compared on the bytes: a match of a needle's UTF-8 starts and ends where scalars do.
        let bytes = utf8
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return nil }
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            var end = found
            var matched = 0
            while matched < wanted.count, end < bytes.endIndex, bytes[end] == wanted[matched] {
                bytes.formIndex(after: &end)
                matched += 1
            }
            if matched == wanted.count, end == bytes.endIndex || !unicodeScalars[end].extendsACharacter { return found..<end }
            start = bytes.index(after: found)
        }
        return nil
    }
}

extension String {
    /// The text with every `scalar` replaced by `replacement`.
    func replacingScalar(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for each in unicodeScalars {
            if each == scalar { result += replacement } else { result.unicodeScalars.append(each) }
        }
        return result
    }

    /// The text without white space or line breaks at either end (Unicode's `White_Space`, and the
    /// zero-width space, which Unicode once counted a space), as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    var trimmingWhitespaceAndNewlines: String {
        let scalars = unicodeScalars
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{200B}" || scalar.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Whether the scalar belongs to the character before it, as a combining mark, a variation
    /// selector or a skin-tone modifier does.
    fileprivate var extendsACharacter: Bool { properties.isGraphemeExtend || properties.isEmojiModifier }
}
