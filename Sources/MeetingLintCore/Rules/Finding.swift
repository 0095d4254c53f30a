/// What a check found: where, and what to say. The engine adds the rule, severity and path.
public struct Finding: Sendable {
    /// What is wrong, or missing.
    public var range: SourceRange
    /// The message, which may quote the record's words in single quotes.
    public var message: String
    /// The message without any of the record's words, for `--redact`.
    public var redactedMessage: String
    /// How to fix this case, where it differs from the rule's general advice.
    public var help: String?
    /// The most serious this finding can be, whatever the rule's severity (an attendee without a
    /// role is at most a warning under `attendees`).
    public var severityCap: Severity?

    /// A finding at `range`. Give `redacted` whenever `message` quotes the record.
    public init(_ range: SourceRange, _ message: String, redacted: String? = nil, help: String? = nil, severityCap: Severity? = nil) {
        self.range = range
        self.message = message
        redactedMessage = redacted ?? message
        self.help = help
        self.severityCap = severityCap
    }

    /// A finding about something missing from the whole record: line 1, column 1.
    public static func missing(_ message: String, help: String? = nil) -> Finding {
        Finding(.recordStart, message, help: help)
    }
}

/// Quotes a record's words for a message: `'all agencies'`, shortened if long.
func quote(_ text: String, limit: Int = 60) -> String {
    var shown = hasCollapsedSpaces(text) ? text : TextKey.collapseSpaces(text)
    // No more bytes than the limit is no more characters: most texts are not counted.
    if shown.utf8.count > limit, shown.count > limit { shown = String(shown.prefix(limit - 1)) + "…" }
    return "'" + shown + "'"
}

/// Whether `TextKey.collapseSpaces(text)` is `text` itself: no tab or line break, and no space
/// at either end or after another. (Most quoted texts are, and then none is built.)
func hasCollapsedSpaces(_ text: String) -> Bool {
    var previousIsSpace = true
    for byte in text.utf8 {
        if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return false }
        let isSpace = byte == UInt8(ascii: " ")
        if isSpace, previousIsSpace { return false }
        previousIsSpace = isSpace
    }
    return !previousIsSpace || text.isEmpty
}
