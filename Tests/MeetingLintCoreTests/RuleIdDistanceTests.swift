import Testing

@testable import MeetingLintCore

/// The nearest rule id to a mistyped one, its ASCII distances read in place one row at a time
/// (`Linter.asciiDistance`), is the one the plain table of arrays found.
@Suite struct RuleIdDistanceTests {
    /// `Linter.closest(to:in:)` as it was: every distance from arrays of the bytes (or characters).
    static func plainClosest(to id: String, in ids: [String]) -> String? {
        func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
            var previous = Array(0...b.count)
            var current = previous
            for (i, x) in a.enumerated() {
                current[0] = i + 1
                for (j, y) in b.enumerated() {
                    current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
        func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }
        let targetIsASCII = isASCII(id)
        let targetBytes = Array(id.utf8)
        let target = targetIsASCII ? [] : Array(id)
        let length = targetIsASCII ? targetBytes.count : target.count
        let limit = max(2, length / 3)
        var best: (id: String, distance: Int)?
        for candidate in ids {
            let candidateIsASCII = isASCII(candidate)
            guard abs((candidateIsASCII ? candidate.utf8.count : candidate.count) - length) <= limit else { continue }
            let found = targetIsASCII && candidateIsASCII
                ? distance(targetBytes, Array(candidate.utf8)) : distance(targetIsASCII ? Array(id) : target, Array(candidate))
            if found < best?.distance ?? Int.max { best = (candidate, found) }
        }
        guard let best, best.distance <= limit else { return nil }
        return best.id
    }

    /// Mistyped rule ids (letters dropped, doubled, swapped or changed), other texts, and lists
    /// with non-ASCII and empty ids beside the rules'.
    @Test func closestIsThePlainOne() {
        var generator = SplitMix64(seed: 0x6469_7374_616e)
        let ruleIDs = Catalogue.builtIn.ruleIDs
        let lists = [ruleIDs, ruleIDs + ["", "é-rule", "règle", "a\r\nb"], ["a", "ab", "abc", ""], []]
        let letters = Array("abcdefghijklmnopqrstuvwxyz-é\r".unicodeScalars).map(String.init) + ["\r\n"]
        var ids = ["", "a", "all", "ALL", "xyz", "é", "é-rule", "action-ownr", "siblngs", "child-vioce", "\r\n", "jargon"]
        for _ in 0..<600 {
            var id = Array((ruleIDs.randomElement(using: &generator) ?? "rule").map(String.init))
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let place = Int.random(in: 0...id.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: id.insert(letters.randomElement(using: &generator)!, at: place)
                case 1: if place < id.count { id.remove(at: place) }
                default: if place < id.count { id[place] = letters.randomElement(using: &generator)! }
                }
            }
            ids.append(id.joined())
        }
        for list in lists {
            for id in ids {
                #expect(Linter.closest(to: id, in: list) == RuleIdDistanceTests.plainClosest(to: id, in: list), "\(id)")
            }
        }
    }

    @Test func asciiDistancesAreThoseOfTheTable() {
        var generator = SplitMix64(seed: 0x6173_6369_69)
        let letters = Array("abc-".utf8)
        for _ in 0..<2000 {
            let a = String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            let b = String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            var previous = Array(0...b.utf8.count)
            var current = previous
            for (i, x) in a.utf8.enumerated() {
                current[0] = i + 1
                for (j, y) in b.utf8.enumerated() {
                    current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                }
                swap(&previous, &current)
            }
            let expected = previous[b.utf8.count]
            #expect(Linter.asciiDistance(a, b) == expected, "\(a) \(b)")
            // Bounded: the distance where it is within the bound, else a number beyond it.
            for bound in 0...4 {
                let found = Linter.asciiDistance(a, b, atMost: bound)
                #expect(expected <= bound ? found == expected : found > bound, "\(a) \(b) \(bound)")
            }
        }
    }
}
