import Foundation
import Testing

@testable import MeetingLintCore

/// An attendance table's column title, looked up by the normal form of its bytes where it is
/// plain ASCII (`MeetingBuilder.personColumn`), names what its plain text names
/// (`Vocabulary.column`), for every table cell of the corpus and awkward titles.
@Suite struct PersonColumnBytesTests {
    @Test func columnTitlesReadTheSameOnBytesAsOnText() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        let awkward = """
            | Name | *Role* | Agency | Attended? | Attended (Y/N) | Role / Rôl | `Name` | Relationship to child | **Organisation** | _Name_ | Job-title | Contact | Ñame | Name\\| | Present: | 2 |  |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | Full name | Role/Agency | Agency (service) | Apologies | Attendance | E-mail | Tel | Dr | Sent apologies | Name__ | __ | * | Role\tAgency | Nom / Name |

            """
        var documents = ActionSpeedTests.meetings.map(\.document)
        documents.append(Document(parsing: SourceFile(path: "awkward.md", text: awkward)))
        var compared = 0
        var named = 0
        for document in documents {
            let builder = MeetingBuilder(document: document, settings: settings)
            for index in document.nodes.indices where document.nodes[index].kind == .tableRow {
                for cell in document.cells(of: Int32(index)) {
                    let onBytes = builder.personColumn(cell)
                    #expect(onBytes == builder.vocabulary.column(builder.plain(cell), in: builder.vocabulary.personColumns), "\(builder.text(cell))")
                    compared += 1
                    if onBytes != nil { named += 1 }
                }
            }
        }
        #expect(compared > 100)
        #expect(named > 20)
    }
}
