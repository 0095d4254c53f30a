import Testing

@testable import MeetingLintCore

/// `Linter.sort` swaps diagnostics into place along the cycles of the sorted order: it must give
/// what a plain stable sort by `Diagnostic.ordered` gives.
@Suite struct DiagnosticSortTests {
    static func diagnostic(_ line: Int, _ column: Int, _ rule: String, _ message: String) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: .warning, message: message, redactedMessage: message, help: "", guidance: "",
            start: SourceLocation(line: line, column: column), end: SourceLocation(line: line, column: column), lineText: "")
    }

    /// A stable sort by `Diagnostic.ordered`, read plainly.
    static func plainSort(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if Diagnostic.ordered(a.element, b.element) { return true }
            if Diagnostic.ordered(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The fields that tell diagnostics apart here, `help` carrying each one's first position.
    static func key(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.start.line):\($0.start.column) \($0.rule) \($0.message) \($0.help)" }
    }

    @Test func sortsAsAPlainStableSortDoes() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 5, 8, 13, 40, 200] {
            for _ in 0..<20 {
                var diagnostics = (0..<count).map { index in
                    var made = Self.diagnostic(
                        Int.random(in: 1...4, using: &generator), Int.random(in: 1...3, using: &generator),
                        ["jargon", "attendees"].randomElement(using: &generator)!, ["a", "b"].randomElement(using: &generator)!)
                    made.help = "#\(index)"
                    return made
                }
                let expected = Self.key(Self.plainSort(diagnostics))
                Linter.sort(&diagnostics)
                #expect(Self.key(diagnostics) == expected)
            }
        }
    }

    @Test func reversedAndRotatedOrders() {
        let sorted = (1...9).map { Self.diagnostic($0, 1, "jargon", "m") }
        for shift in 0..<sorted.count {
            var rotated = Array(sorted[shift...] + sorted[..<shift])
            Linter.sort(&rotated)
            #expect(Self.key(rotated) == Self.key(sorted))
        }
        var reversed = Array(sorted.reversed())
        Linter.sort(&reversed)
        #expect(Self.key(reversed) == Self.key(sorted))
    }
}
