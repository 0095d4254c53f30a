import Foundation
import Testing

@testable import MeetingLintCore

/// The vocabulary's fast readings give what the plain readings they stand in for give.
@Suite struct VocabularySpeedTests {
    /// A vocabulary of its own, so that its memo starts empty whatever other tests ran.
    static func freshVocabulary() -> Vocabulary {
        Catalogue(files: EmbeddedRules.documents.map { ($0.path, $0.text) }).vocabulary
    }

    /// Headings whose meaning depends on the child's names, and near misses of memoised ones.
    static let headings = [
        "Isla's views", "Isla’s views", "ISLA'S VIEWS", "Sofia's views", "Sofia's views (in her words)", "Mum's views",
        "Isla's views and Mum's views", "Parents' and carers' views", "Barn Mam / Mam's views", "What Isla told us",
        "what mum and dad told us", "Attendance", "Attendance ", "**Attendance**", "attendance", "Attendance and apologies",
        "1. Attendance / Apologies", "10) Contingency plan", "Actions (SMART)", "", " ", "&", "Plan + actions",
        "CIN review — Isla", "Next steps, contingency", String(repeating: "Attendance and apologies ", count: 12),
    ]

    /// `concepts(ofHeading:childNames:)`, memoised, gives the plain reading of the heading's
    /// normal form: over every line of the corpus and the headings above, each read several times
    /// (so that later reads come from the memo) with names for which it is, and is not, the child.
    @Test func memoisedHeadingConceptsAreThePlainReading() {
        let vocabulary = VocabularySpeedTests.freshVocabulary()
        let nameSets: [[String]] = [["Isla"], ["Sofia", "SK"], [], ["Isla"]]
        var texts = VocabularySpeedTests.headings
        texts.append(contentsOf: ModelSpeedTests.lines)
        var childVoices = 0
        for round in 0..<3 {
            for names in nameSets {
                for text in texts {
                    var bytes = text
                    let fast = bytes.withUTF8 { vocabulary.concepts(ofHeading: $0, childNames: names) }
                    var readNames = false
                    let plain = vocabulary.concepts(ofKey: TextKey.heading(text), childNames: names, readNames: &readNames)
                    #expect(fast == plain, "round \(round), \(names): \(text)")
                    if fast.contains(.childVoice), text.hasPrefix("Isla") || text.hasPrefix("Sofia") { childVoices += 1 }
                }
            }
        }
        #expect(childVoices > 0)
        // The same heading means the child's views for one child and not for another.
        var isla = "Isla's views"
        #expect(isla.withUTF8 { vocabulary.concepts(ofHeading: $0, childNames: ["Isla"]) } == [.childVoice])
        #expect(isla.withUTF8 { vocabulary.concepts(ofHeading: $0, childNames: ["Sofia"]) } != [.childVoice])
    }

    /// The memo of headings as written answers only for the very bytes stored: not for other
    /// bytes under the same hash, nor for a heading too long to keep.
    @Test func writtenMemoComparesBytes() {
        let memo = HeadingMemo().shard
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        let attendance = bytes("Attendance")
        attendance.withUnsafeBufferPointer { buffer in
            let hash = HeadingMemo.writtenHash(buffer)
            #expect(memo.concepts(written: buffer, hash: hash) == nil)
            memo.store([.attendance], written: buffer, hash: hash)
            #expect(memo.concepts(written: buffer, hash: hash) == [.attendance])
            // A later store for the same hash does not replace the first.
            memo.store([.actions], written: buffer, hash: hash)
            #expect(memo.concepts(written: buffer, hash: hash) == [.attendance])
        }
        // Other bytes looked up under the first heading's hash (a collision) are not found.
        let hash = attendance.withUnsafeBufferPointer { HeadingMemo.writtenHash($0) }
        for other in ["Attendancf", "attendance", "Attendance ", "Attendanc", ""] {
            bytes(other).withUnsafeBufferPointer { buffer in
                #expect(memo.concepts(written: buffer, hash: hash) == nil, "\(other)")
            }
        }
        // An empty heading is stored and found like any other.
        [UInt8]().withUnsafeBufferPointer { buffer in
            let hash = HeadingMemo.writtenHash(buffer)
            memo.store([], written: buffer, hash: hash)
            #expect(memo.concepts(written: buffer, hash: hash) == [])
        }
        let long = bytes(String(repeating: "a", count: HeadingMemo.longestWritten + 1))
        long.withUnsafeBufferPointer { buffer in
            let hash = HeadingMemo.writtenHash(buffer)
            memo.store([.actions], written: buffer, hash: hash)
            #expect(memo.concepts(written: buffer, hash: hash) == nil)
        }
        // Many headings: each is found with its own concepts.
        for index in 0..<2_000 {
            let text = bytes("Heading \(index)")
            text.withUnsafeBufferPointer { buffer in
                memo.store(Vocabulary.alone[index % Concept.allCases.count], written: buffer, hash: HeadingMemo.writtenHash(buffer))
            }
        }
        for index in 0..<2_000 {
            let text = bytes("Heading \(index)")
            text.withUnsafeBufferPointer { buffer in
                #expect(memo.concepts(written: buffer, hash: HeadingMemo.writtenHash(buffer)) == Vocabulary.alone[index % Concept.allCases.count])
            }
        }
    }

    /// Workers read and fill the memo at once: every answer is still the plain reading.
    @Test func memoisedHeadingConceptsUnderConcurrency() async {
        let vocabulary = VocabularySpeedTests.freshVocabulary()
        let texts = VocabularySpeedTests.headings + ModelSpeedTests.lines.prefix(2_000)
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var mismatches = 0
                    let names = worker % 2 == 0 ? ["Isla"] : ["Sofia"]
                    for text in texts {
                        var bytes = text
                        let fast = bytes.withUTF8 { vocabulary.concepts(ofHeading: $0, childNames: names) }
                        var readNames = false
                        if fast != vocabulary.concepts(ofKey: TextKey.heading(text), childNames: names, readNames: &readNames) { mismatches += 1 }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    /// `isASCII` read on the bytes at once is `utf8.allSatisfy { $0 < 0x80 }`.
    @Test func isASCIIOnBytesIsTheByteByByteReading() {
        var texts = VocabularySpeedTests.headings + ModelSpeedTests.lines
        texts.append(contentsOf: ["", "\u{7F}", "\u{80}", "é", "a\u{0}b", String(repeating: "x", count: 100) + "ü"])
        for text in texts {
            #expect(text.isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
        }
    }

    /// A listed heading found through the hash table first is the dictionary's answer, for every
    /// listed heading, every line of the corpus and its normal form.
    @Test func listedConceptIsTheDictionaryLookUp() {
        let vocabulary = Catalogue.builtIn.vocabulary
        var keys = Array(vocabulary.headingConcepts.keys)
        for line in VocabularySpeedTests.headings + ModelSpeedTests.lines {
            keys.append(line)
            keys.append(TextKey.heading(line))
        }
        var found = 0
        for key in keys {
            #expect(vocabulary.listedConcept(key) == vocabulary.headingConcepts[key], "\(key)")
            if vocabulary.listedConcept(key) != nil { found += 1 }
        }
        #expect(found >= vocabulary.headingConcepts.count)
    }

    /// Possessors found through the flat template table are those found through the templates'
    /// own byte arrays.
    @Test func possessorsThroughFlatTemplatesAreThoseOfTheTemplates() {
        let vocabulary = Catalogue.builtIn.vocabulary
        func plainPossessors(_ heading: String) -> [String] {
            let bytes = Array(heading.utf8)
            return vocabulary.childTemplateBytes.compactMap { prefix, suffix in
                guard bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix) else { return nil }
                let possessor = String(decoding: bytes[prefix.count..<(bytes.count - suffix.count)], as: UTF8.self).trimmingSpaces
                return possessor.isEmpty ? nil : possessor
            }
        }
        var found = 0
        for line in VocabularySpeedTests.headings + ModelSpeedTests.lines {
            let heading = TextKey.heading(line)
            guard heading.isASCII else { continue }
            #expect(vocabulary.possessors(inHeading: heading) == plainPossessors(heading), "\(heading)")
            found += vocabulary.possessors(inHeading: heading).count
        }
        #expect(found > 10)
    }

    /// The memo's hash of bytes is `TextKey.fnv`, which keys the listed headings' hash table.
    @Test func writtenHashIsTextKeyFNV() {
        for text in VocabularySpeedTests.headings + ModelSpeedTests.lines {
            var bytes = text
            #expect(bytes.withUTF8 { HeadingMemo.writtenHash($0) } == TextKey.fnv(text.utf8), "\(text)")
        }
    }

    /// `TextKey.headingHash` of a heading's bytes is `TextKey.fnv` of its normal form: the memo
    /// reads the hash from the normal form it makes anyway for a heading not seen as written.
    @Test func headingHashIsTheHashOfTheNormalForm() {
        for text in VocabularySpeedTests.headings + ModelSpeedTests.lines {
            var bytes = text
            let (hash, normal) = bytes.withUTF8 { (TextKey.headingHash(bytes: $0), TextKey.heading(bytes: $0)) }
            #expect(hash == TextKey.fnv(normal.utf8), "\(text)")
        }
    }
}
