import Foundation
import Testing

@testable import MeetingLintCore

/// Whether a line of people split at commas lists one person a part (`chooseCommas`), now read
/// with one pass over each part's bytes for its shape and its words counted as they are read,
/// gives what the reading with a search for each mark and a filtered list of words gives.
@Suite struct AttendeeCommaTests {
    /// The old reading, on the same builder.
    static func plainChooseCommas(_ builder: MeetingBuilder, _ commas: ArraySlice<SourceRange>, inLine lineIndex: Int? = nil) -> Bool {
        func contains(_ range: SourceRange, _ literal: StaticString) -> Bool {
            TextKey.firstOffset(of: literal, in: builder.bytes[range.start..<range.end]) != nil
        }
        // A name and role after a dash, then the role's agency: one person.
        func dashed(_ part: SourceRange) -> Bool { contains(part, " - ") || contains(part, "–") || contains(part, "—") }
        /// Whether a part's first bracket holds one word in capitals or an initial, after a name.
        func initialsBracket(_ tokens: ArraySlice<Token>) -> Bool {
            guard let open = tokens.firstIndex(where: { $0.folded == MeetingBuilder.openBracket }), open > tokens.startIndex, open + 2 < tokens.endIndex else { return false }
            return [.upperWord, .initial].contains(tokens[open + 1].shape) && tokens[open + 2].folded == MeetingBuilder.closeBracket
        }
        if let first = commas.first, dashed(first) || contains(first, ": "),
            commas.dropFirst().allSatisfy({ part in
                func describes(_ tokens: ArraySlice<Token>) -> Bool {
                    builder.vocabulary.professionalWords.firstMatch(in: tokens) != nil || builder.vocabulary.organisationOwners.firstMatch(in: tokens) != nil
                        || builder.isFamilyWords(tokens)
                }
                let tokens = builder.entryTokens(part, inLine: lineIndex)
                guard !dashed(part), !initialsBracket(tokens) else { return false }
                // A bracket is a role unless what stands before it names an agency or role, or it
                // names none, or it only says who chaired or took the minutes.
                guard let open = tokens.firstIndex(where: { $0.folded == MeetingBuilder.openBracket }) else { return true }
                let close = tokens[open...].firstIndex { $0.folded == MeetingBuilder.closeBracket } ?? tokens.endIndex
                let inside = tokens[(open + 1)..<close]
                let note = builder.vocabulary.phrases("people/chair-notes").matchesWhole(inside) || builder.vocabulary.phrases("people/minute-notes").matchesWhole(inside)
                return describes(tokens[..<open]) || !describes(inside) || note
            })
        {
            return false
        }
        // A name with its initials in a bracket, then roles and agencies before any bracket: one person.
        if initialsBracket(builder.entryTokens(commas.first!, inLine: lineIndex)),
            commas.dropFirst().allSatisfy({ part in
                let tokens = builder.entryTokens(part, inLine: lineIndex)
                let before = tokens.prefix { $0.folded != MeetingBuilder.openBracket }
                return !dashed(part) && !initialsBracket(tokens)
                    && (builder.vocabulary.professionalWords.firstMatch(in: before) != nil || builder.vocabulary.organisationOwners.firstMatch(in: before) != nil
                        || builder.isFamilyWords(before))
            })
        {
            return false
        }
        var shaped = 0
        for part in commas where contains(part, "(") || contains(part, " - ") || contains(part, "–") || contains(part, "—") { shaped += 1 }
        if shaped * 2 >= commas.count { return true }
        let describesSomeone = commas.dropFirst().contains { part in
            let tokens = builder.entryTokens(part, inLine: lineIndex)
            return builder.vocabulary.professionalWords.firstMatch(in: tokens) != nil || builder.vocabulary.organisationOwners.firstMatch(in: tokens) != nil
                || builder.isFamilyWords(tokens)
        }
        if describesSomeone { return false }
        return commas.allSatisfy { part in
            let words = builder.entryTokens(part, inLine: lineIndex).prefix { $0.folded != MeetingBuilder.openBracket }.filter { $0.shape != .punctuation }
            return !words.isEmpty && words.count <= 4
                && words.allSatisfy {
                    $0.shape == .initial || $0.shape == .upperWord
                        || ($0.shape == .word && builder.bytes[$0.range.start] >= UInt8(ascii: "A") && builder.bytes[$0.range.start] <= UInt8(ascii: "Z"))
                }
        }
    }

    /// Pieces of attendance lines: names, initials, roles, agencies, family words, brackets,
    /// hyphens and dashes with and without spaces, commas and cut multi-byte characters.
    static let pieces = [
        "Tom Reed", "Jane Smith", "J. S.", "JS", "SW", "Gosia", "mum", "Dad", "Class teacher", "Oak Primary", "social worker", "CAMHS",
        "(", ")", "(mum)", " - ", "-", " -", "- ", "–", "—", " – ", "\u{E2}", ", ", ",", " ", "x", "dr", "Dr", "A", "b", "Zoë", "Éva",
        "health visitor", "school", "1", "&", ":",
    ]

    @Test func commasChosenAsBefore() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var lines = ModelSpeedTests.lines.filter { $0.utf8.contains(UInt8(ascii: ",")) }
        var generator = SplitMix64(seed: 0xC0_33A5)
        for _ in 0..<4_000 {
            var line = ""
            for _ in 0..<Int.random(in: 2...10, using: &generator) { line += AttendeeCommaTests.pieces.randomElement(using: &generator)! }
            lines.append(line)
        }
        var chosen = 0
        var compared = 0
        for line in lines {
            let builder = MeetingBuilder(document: Document(parsing: SourceFile(path: "t.md", text: line)), settings: settings)
            var parts: [SourceRange] = []
            builder.appendParts(of: SourceRange(0, builder.bytes.count), at: UInt8(ascii: ","), to: &parts)
            guard parts.count > 1 else { continue }
            let fast = builder.chooseCommas(parts[...], inLine: nil)
            #expect(fast == AttendeeCommaTests.plainChooseCommas(builder, parts[...]), "\(line)")
            for part in parts {
                let marks: [StaticString] = ["(", " - ", "–", "—"]
                let plainShape = marks.contains { TextKey.firstOffset(of: $0, in: builder.bytes[part.start..<part.end]) != nil }
                #expect(builder.isShapedEntry(part) == plainShape, "\(line)")
            }
            compared += 1
            if fast { chosen += 1 }
        }
        #expect(compared > 1_000)
        #expect(chosen > 100)
        #expect(compared - chosen > 100)
    }
}
