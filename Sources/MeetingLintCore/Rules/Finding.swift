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
    // Written in one go from the text's bytes: `"'" + shown + "'"` made and grew a string twice.
    return shown.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count + 2) { buffer in
            buffer[0] = UInt8(ascii: "'")
            _ = UnsafeMutableBufferPointer(rebasing: buffer[1..<(bytes.count + 1)]).initialize(from: bytes)
            buffer[bytes.count + 1] = UInt8(ascii: "'")
            return bytes.count + 2
        }
    }
}

/// Whether `TextKey.collapseSpaces(text)` is `text` itself: no tab or line break, and no space
/// at either end or after another. (Most quoted texts are, and then none is built.) The bytes
/// are read in place where the text is stored as UTF-8, as a native string is.
func hasCollapsedSpaces(_ text: String) -> Bool {
    if let answer = text.utf8.withContiguousStorageIfAvailable({ hasCollapsedSpaces($0) }) { return answer }
    return hasCollapsedSpaces(text.utf8)
}

/// `hasCollapsedSpaces(_:)` on a text's UTF-8 bytes.
@inline(__always)
private func hasCollapsedSpaces<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    var previousIsSpace = true
    var empty = true
    for byte in bytes {
        empty = false
        if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return false }
        let isSpace = byte == UInt8(ascii: " ")
        if isSpace, previousIsSpace { return false }
        previousIsSpace = isSpace
    }
    return !previousIsSpace || empty
}
