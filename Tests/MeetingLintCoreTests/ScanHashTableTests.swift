import Foundation
import Testing

@testable import MeetingLintCore

/// Without the index (a huge record), a lookup tests the tokens its filter lets through against
/// a table of the hashes (`WordIndex.HashTable`) rather than a search of the hashes sorted: the
/// table answers what the plain reading (`contains` of the hashes) answers, for random hashes,
/// the hash 0, hashes that share a first slot, and repeats; and the positions found are those
/// of the plain reading, in order.
@Suite struct ScanHashTableTests {
    /// What the table answers for `hash`.
    static func held(_ table: WordIndex.HashTable, _ hash: UInt64) -> Bool {
        table.slots.withUnsafeBufferPointer { table.contains(hash, in: $0) }
    }

    @Test func theTableHoldsExactlyItsHashes() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let count = round % 3 == 0 ? Int.random(in: 0...8, using: &generator) : Int.random(in: 0...700, using: &generator)
            var hashes = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            // Small values (as 0 and its neighbours), and values that differ only in their low
            // bits (the mixing multiplies, so their first slots are near one another or shared).
            if round % 2 == 0 { hashes += [0, 1, 2, 3] }
            if round % 5 == 0 { hashes += (0..<40).map { UInt64($0) << 58 } }
            if round % 7 == 0, let first = hashes.first { hashes += [first, first] }
            let table = WordIndex.HashTable(hashes)
            let plain = Set(hashes)
            #expect(table.slots.count >= 16 && table.slots.count >= hashes.count * 4)
            for hash in hashes { #expect(ScanHashTableTests.held(table, hash)) }
            var probes = (0..<500).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            probes += [0, 1, 2, 3, 4, UInt64.max] + (0..<64).map { UInt64(1) << UInt64($0) } + hashes.map { $0 &+ 1 } + hashes.map { $0 ^ (1 << 63) }
            for probe in probes { #expect(ScanHashTableTests.held(table, probe) == plain.contains(probe)) }
        }
    }

    @Test func scanningFindsThePlainPositions() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var generator = SystemRandomNumberGenerator()
        let words = ["CP", "cp", "LA", "la", "it", "IT", "SW", "the", "a", "GP", "CIN", "Mum", "(", ")", "", "0", "1", "é", "TAC", "CAMHS"]
        var texts = ["# Child protection conference\n\nThe CP plan and the LA. IT and GP (CAMHS) met.\n"]
        for _ in 0..<60 {
            var text = "# Minutes\n\n"
            for _ in 0..<Int.random(in: 0...300, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += ["\n", " ", " ", ". ", "\n\n- "].randomElement(using: &generator)!
            }
            texts.append(text)
        }
        let acronyms = catalogue.vocabulary.glossary.acronymWords
        for text in texts {
            let meeting = Meeting(parsing: SourceFile(path: "test.md", text: text), settings: settings)
            let scanning = WordIndex(meeting, indexingUpTo: 0)
            let tokens = meeting.tokens
            let folded = tokens.map(\.folded)
            var lists = [acronyms, [], folded.isEmpty ? [] : [folded[0]], Array(Set(folded))]
            lists.append(Array(Set(folded.prefix(5))) + [0, 12_345])
            for hashes in lists {
                let plain = tokens.indices.filter { hashes.contains(tokens[$0].folded) }
                #expect(scanning.positions(of: hashes) == plain)
            }
        }
    }
}
