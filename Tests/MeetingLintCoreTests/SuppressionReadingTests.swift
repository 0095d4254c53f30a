import Testing

@testable import MeetingLintCore

/// How suppression comments' rule ids are read from the record's bytes.
@Suite struct SuppressionReadingTests {
    static let linter = Linter(settings: RuleSettings())

    static func unknownRuleMessages(_ bytes: [UInt8]) -> [String] {
        linter.check(SourceFile(path: "test.md", bytes: bytes)).diagnostics.filter { $0.rule == "unknown-rule" }.map(\.message)
    }

    /// A mistyped id with a character beyond ASCII is quoted as written, not byte by byte.
    @Test func anIdBeyondASCIIIsQuotedAsWritten() {
        let messages = Self.unknownRuleMessages(Array("<!-- meetinglint-disable-file contingençy, siblings -- agreed -->\n# Notes\n".utf8))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("'contingençy'") == true)
    }

    /// A comment that names no rule says so, whatever its kind.
    @Test func aCommentNamingNoRuleIsReported() {
        for directive in ["meetinglint-disable-file", "meetinglint-disable", "meetinglint-disable-next-line -- only child", "meetinglint-enable"] {
            let messages = Self.unknownRuleMessages(Array("<!-- \(directive) -->\n# Notes\n".utf8))
            #expect(messages == ["This comment names no rule, so it turns nothing off."], "\(directive)")
        }
    }

    /// Invalid UTF-8 among the ids (decoded longer than it is) is read without reading past the comment.
    @Test func invalidBytesAmongTheIdsStayInsideTheComment() {
        var bytes = Array("<!-- meetinglint-disable siblings ".utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0xFF, 0xE2, 0x80]
        bytes += Array(" x -->\nA line\n".utf8)
        let result = Self.linter.check(SourceFile(path: "test.md", bytes: bytes))
        let unknown = result.diagnostics.filter { $0.rule == "unknown-rule" }
        #expect(unknown.count == 2)
        #expect(unknown.allSatisfy { $0.start.line == 1 })
    }
}
