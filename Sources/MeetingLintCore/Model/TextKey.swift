/// The normal forms that headings and keys are compared in.
public enum TextKey {
    /// A heading's normal form (SPEC 2.2): lower case, curly apostrophes straight, emphasis and
    /// code marks gone, a leading number (`3.`, `3)`, `3.1`, `Section 3:`, `(a)`) gone, a trailing
    /// colon and punctuation gone, runs of spaces as one.
    public static func heading(_ text: String) -> String {
        var scalars: [Character] = []
        scalars.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\u{2019}", "\u{2018}", "`":
                if character != "`" { scalars.append("'") }
            case "*", "_":
                continue
            case "\u{2013}", "\u{2014}":
                scalars.append("-")
            case "\u{00A0}", "\t":
                scalars.append(" ")
            default:
                scalars.append(contentsOf: character.lowercased())
            }
        }
        var result = String(scalars)
        result = collapseSpaces(result)
        result = dropLeadingNumber(result)
        // Trailing colons, full stops, question and exclamation marks, dashes.
        while let last = result.last, ":.?!;-, ".contains(last) { result.removeLast() }
        return result
    }

    /// A field key's normal form (SPEC 2.1): lower case, curly apostrophes straight, without
    /// spaces, hyphens, underscores, emphasis, a trailing colon or question mark.
    public static func field(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case " ", "\t", "-", "_", "*", "\u{00A0}":
                continue
            case "\u{2019}", "\u{2018}":
                result.append("'")
            default:
                result.append(contentsOf: character.lowercased())
            }
        }
        while let last = result.last, last == ":" || last == "?" || last == "." { result.removeLast() }
        return result
    }

    /// Runs of white space as one space, trimmed.
    public static func collapseSpaces(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Drops `3.`, `3)`, `3.1`, `3:`, `(3)`, `(a)`, `a)`, `Section 3:`, `Part 2 -` and the like.
    static func dropLeadingNumber(_ text: String) -> String {
        var rest = Substring(text)
        for prefix in ["section ", "part ", "item "] where rest.hasPrefix(prefix) {
            let after = rest.dropFirst(prefix.count)
            if let first = after.first, first.isNumber || (after.count > 1 && first.isLetter && !after.dropFirst().first!.isLetter) {
                rest = after
            }
        }
        var index = rest.startIndex
        var hadOpenParen = false
        if index < rest.endIndex, rest[index] == "(" {
            hadOpenParen = true
            index = rest.index(after: index)
        }
        let numberStart = index
        while index < rest.endIndex, rest[index].isNumber || rest[index] == "." { index = rest.index(after: index) }
        var consumedNumber = index > numberStart && rest[numberStart].isNumber
        if !consumedNumber, index < rest.endIndex, rest[index].isLetter {
            // A single letter or roman numeral item marker: `a)`, `(b)`, `iv.`
            var letterEnd = index
            while letterEnd < rest.endIndex, "ivx".contains(rest[letterEnd]) { letterEnd = rest.index(after: letterEnd) }
            if letterEnd == index { letterEnd = rest.index(after: index) }
            if letterEnd < rest.endIndex, rest[letterEnd] == ")" || (rest[letterEnd] == "." && letterEnd < rest.index(before: rest.endIndex) && rest[rest.index(after: letterEnd)] == " ") {
                index = letterEnd
                consumedNumber = true
            }
        }
        guard consumedNumber else { return text }
        var after = index
        if after < rest.endIndex, rest[after] == ")" || rest[after] == ":" || rest[after] == "-" || rest[after] == "." {
            after = rest.index(after: after)
        } else if hadOpenParen {
            return text
        }
        // A number must be followed by a space (`3. Actions`, `3 Actions`), not be the whole heading.
        guard after < rest.endIndex, rest[after] == " " else { return text }
        while after < rest.endIndex, rest[after] == " " || rest[after] == "-" { after = rest.index(after: after) }
        guard after < rest.endIndex else { return text }
        return String(rest[after...])
    }
}
