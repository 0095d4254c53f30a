import Testing

@testable import MeetingLintCore

/// `appendBlock(_:to:)`, which gives a section one block without an array made for it, keeps each
/// section's blocks together and in order, as `appendBlocks(_:to:)` of a one-block array does,
/// mixed with appends of several blocks and with sections met again.
@Suite struct SingleBlockAppendTests {
    @Test func oneBlockAppendsAsAnArrayOfOneDoes() {
        let settings = ModelSettings(vocabulary: Catalogue.builtIn.vocabulary, profiles: Catalogue.builtIn.orderedProfiles)
        var random = BuilderSpeedTests.Random(state: 0x0B10_C1)
        for _ in 0..<300 {
            let empty = Document(parsing: SourceFile(path: "t.md", text: ""))
            var single = MeetingBuilder(document: empty, settings: settings)
            var reference = MeetingBuilder(document: empty, settings: settings)
            let sections = 1 + random.below(8)
            single.places = Array(repeating: MeetingBuilder.SectionPlace(headingLine: 0, contextBits: 0, blocks: 0..<0), count: sections)
            reference.places = single.places
            var expected = Array(repeating: [Int32](), count: sections)
            var next: Int32 = 0
            for _ in 0..<random.below(40) {
                let section = random.below(3) == 0 ? random.below(sections) : sections - 1 - random.below(min(sections, 2))
                if random.below(2) == 0 {
                    single.appendBlock(next, to: section)
                    reference.appendBlocks([next], to: section)
                    expected[section].append(next)
                    next += 1
                } else {
                    let blocks = (0..<(1 + random.below(4))).map { next + Int32($0) }
                    next += Int32(blocks.count)
                    single.appendBlocks(blocks, to: section)
                    reference.appendBlocks(blocks, to: section)
                    expected[section] += blocks
                }
            }
            for section in 0..<sections {
                #expect(Array(single.sectionBlocks[single.places[section].blocks]) == expected[section])
                #expect(Array(reference.sectionBlocks[reference.places[section].blocks]) == expected[section])
            }
        }
    }
}
