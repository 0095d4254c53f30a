/// A finding ready to report: rule, severity, message and exact place (SPEC 6).
public struct Diagnostic: Sendable, Hashable {
    /// The rule id.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in plain English; may quote the record.
    public var message: String
    /// The message without the record's words (`--redact`).
    public var redactedMessage: String
    /// How to fix it.
    public var help: String
    /// Which guidance asks for it.
    public var guidance: String
    /// Where it starts: 1-based line and code-point column.
    public var start: SourceLocation
    /// Where it ends: 1-based line and code-point column, exclusive.
    public var end: SourceLocation
    /// The start line's text around the span: the whole line when it is short, otherwise a window
    /// of at most `Diagnostic.excerptLimit` code points, starting at column `lineTextColumn`.
    public var lineText: String
    /// The column (1-based, code points) of `lineText`'s first character in the line.
    public var lineTextColumn: Int = 1
    /// The length of the whole start line, in code points.
    public var lineLength: Int = -1
    /// A hash of the whole start line with its white space collapsed (for baselines and SARIF
    /// fingerprints, which must not depend on where on the line a finding is).
    public var lineHash: UInt64 = 0

    /// The most code points of a line a diagnostic carries.
    public static let excerptLimit = 200

    /// The length of the whole start line, in code points: `lineLength`, or where that is not
    /// known, the length of `lineText`.
    public var startLineLength: Int { lineLength >= 0 ? lineLength : lineText.unicodeScalars.count }

    /// A 64-bit hash as 16 lower-case hex digits, as baselines and SARIF fingerprints write them.
    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Whether `lineText` leaves out the start of the line.
    public var excerptCutsStart: Bool { lineTextColumn > 1 }
    /// Whether `lineText` leaves out the end of the line.
    public var excerptCutsEnd: Bool { lineLength >= 0 && lineTextColumn - 1 + lineText.unicodeScalars.count < lineLength }

    /// The order output uses: line, column, rule.
    /// (Compared field by field, so the strings are read only when the positions are equal.)
    public static func ordered(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.start.line != rhs.start.line { return lhs.start.line < rhs.start.line }
        if lhs.start.column != rhs.start.column { return lhs.start.column < rhs.start.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}

/// The parts of a diagnostic that describe its start line, which only some outputs read: the
/// excerpt (`lineText`, `lineTextColumn`) and the line's measure (`lineLength`, `lineHash`).
/// Each costs a walk along the line for every finding, so a run asks only for those its formats
/// and baselines read (`OutputFormat.details`). A diagnostic made without one keeps that part's
/// defaults: an empty `lineText` from column 1, a `lineLength` of -1 and a `lineHash` of 0.
public struct DiagnosticDetails: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    /// Creates a set of details from its raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `lineText` and `lineTextColumn`.
    public static let excerpt = DiagnosticDetails(rawValue: 1 << 0)
    /// `lineLength` and `lineHash`.
    public static let line = DiagnosticDetails(rawValue: 1 << 1)
    /// Every detail: what a diagnostic holds unless a run asks for less.
    public static let all: DiagnosticDetails = [.excerpt, .line]
}

/// Everything a run learned about one record.
public struct RecordResult: Sendable {
    /// The path as given (or found in a folder walk).
    public var path: String
    /// The profile that applied; empty when the record could not be read.
    public var profile: String
    /// The meeting date, if valid.
    public var meetingDate: Day?
    /// The findings, in output order.
    public var diagnostics: [Diagnostic]
    /// Why the record could not be read, if it could not.
    public var failure: String?
    /// The record's text, kept only when a report needs to show it whole (the HTML report of a
    /// single record).
    public var text: String?
    /// The rules that were checked for this record (its profile's), for compliance rates.
    public var checkedRules: [String] = []

    /// Creates a result.
    public init(path: String, profile: String, meetingDate: Day?, diagnostics: [Diagnostic], failure: String? = nil, text: String? = nil) {
        self.path = path
        self.profile = profile
        self.meetingDate = meetingDate
        self.diagnostics = diagnostics
        self.failure = failure
        self.text = text
    }

    /// The number of diagnostics of a severity.
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    /// Whether the record has no diagnostics and was read.
    public var isClean: Bool { diagnostics.isEmpty && failure == nil }
}
