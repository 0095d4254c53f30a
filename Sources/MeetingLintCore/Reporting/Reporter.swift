/// Turns results into one output format, record by record, so output streams in order and
/// nothing holds every record. Each call returns the text to write; reporters never write.
public protocol Reporter {
    /// Text before the first record.
    mutating func begin() -> String
    /// Text for one record.
    mutating func record(_ result: RecordResult) -> String
    /// Appends the text for one record to `output` as UTF-8: the same bytes as `record(_:)`.
    /// The runner writes records this way; a reporter may build them as bytes directly.
    mutating func record(_ result: RecordResult, into output: inout [UInt8])
    /// Text after the last record.
    mutating func end(_ summary: RunSummary) -> String
}

extension Reporter {
    /// By default, the text of `record(_:)` as UTF-8.
    public mutating func record(_ result: RecordResult, into output: inout [UInt8]) {
        var text = record(result)
        text.withUTF8 { output.append(contentsOf: $0) }
    }
}

/// What every reporter may be asked for.
public struct ReportOptions: Sendable {
    /// Whether to colour the text (ANSI escapes).
    public var color = false
    /// Whether to leave out every word of the records (SPEC 6, `--redact`).
    public var redact = false
    /// Whether to add compliance figures per rule and profile (`--summary`).
    public var summary = false
    /// The tool's version.
    public var version = MeetingLint.version
    /// The catalogue, for formats that describe the rules (SARIF, HTML).
    public var catalogue: Catalogue = .builtIn

    /// Default options.
    public init() {}
}

/// The tool's name and version.
public enum MeetingLint {
    /// The version printed by `--version` and written in reports.
    public static let version = "0.1.0"
}

/// The formats meetinglint writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, oneline, json, sarif, junit, github, csv, html

    /// The parts of each diagnostic's start line this format's reporter reads (with any
    /// options): `text` shows the line (`excerpt`) and where it is cut or the span runs to its end
    /// (`line`); `github` gives a span that runs past its first line the line's end (`line`);
    /// `sarif` fingerprints the line (`line`); `html` shows the excerpt and where it is cut. The
    /// others read neither.
    public var details: DiagnosticDetails {
        switch self {
        case .text, .html: return .all
        case .github, .sarif: return .line
        case .oneline, .json, .junit, .csv: return []
        }
    }

    /// A fresh reporter for this format.
    public func reporter(_ options: ReportOptions) -> any Reporter {
        switch self {
        case .text: return TextReporter(options: options, excerpts: true)
        case .oneline: return TextReporter(options: options, excerpts: false)
        case .json: return JSONReporter(options: options)
        case .sarif: return SARIFReporter(options: options)
        case .junit: return JUnitReporter(options: options)
        case .github: return GitHubReporter(options: options)
        case .csv: return CSVReporter(options: options)
        case .html: return HTMLReporter(options: options)
        }
    }
}
