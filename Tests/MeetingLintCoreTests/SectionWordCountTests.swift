import Testing

@testable import MeetingLintCore

/// A section's words counted up to eleven from the lines and tokens lent as arrays of their own
/// (`MeetingBuilder.wordsUpToEleven`, which `assessSubstance` reads) are the plain count of every
/// word on the section's lines that are no heading, capped at eleven; and each section's substance
/// is what that count and its first sixteen tokens give (`substance(of:words:)`): over the corpus
/// and records of sections with few words, placeholders, and headings only.
@Suite struct SectionWordCountTests {
    static let records = [
        "# Title\n\n## Actions\n\n## Risks\nTBC\n\n## Strengths\nNone.\n", "## Views\n[Record the child's views here]\n### Mum\nSee attached.\n",
        "## Plan\n- one two three four five six seven eight nine ten eleven twelve\n## Next\n-\n", "**Risks**\n\n**Needs**\nn/a\n", "",
        "## A\n## B\n### C\nword\n", "| What are we worried about? | What's working well? |\n|---|---|\n| x | |\n",
    ]

    @Test func wordCountsAreThePlainCounts() {
        var sections = 0
        let settings = ModelSettings(vocabulary: Catalogue.builtIn.vocabulary, profiles: Catalogue.builtIn.orderedProfiles)
        for meeting in WordIndexSpeedTests.meetings(SectionWordCountTests.records) {
            let builder = MeetingBuilder(document: meeting.document, settings: settings)
            for section in meeting.sections {
                var plain = 0
                for lineIndex in section.lines where meeting.lines[lineIndex].kind != .heading {
                    for token in meeting.tokens[meeting.lines[lineIndex].tokens] where token.shape != .punctuation { plain += 1 }
                }
                let counted = MeetingBuilder.wordsUpToEleven(in: section.lines, lines: meeting.lines, tokens: meeting.tokens)
                #expect(counted == min(plain, 11))
                guard section.style != .field else { continue }
                // The substance as the plain count and the first sixteen content tokens give it.
                var content: [Token] = []
                for lineIndex in section.lines where meeting.lines[lineIndex].kind != .heading {
                    content.append(contentsOf: meeting.tokens[meeting.lines[lineIndex].tokens])
                }
                let expected: Section.Substance = plain > 10 ? .present : builder.substance(of: content.prefix(16), words: plain)
                #expect(section.substance == expected)
                sections += 1
            }
        }
        #expect(sections > 500)
    }
}
