/// The `junit` format: JUnit XML in the layout ESLint, Ruff and Spectral use (SPEC 6).
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <testsuites name="meetinglint">
///     <testsuite name="a.md" tests="1" failures="1" errors="0">
///       <testcase name="meetinglint.action-owner" classname="a.md">
///         <failure message="This action does not say who will do it." type="error">12:1: This action …
///     help: Start the action with …</failure>
///       </testcase>
///     </testsuite>
///     </testsuites>
///
/// One test suite per record, one failing test case per finding (whatever its severity, which is
/// the failure's `type`), one passing case named `meetinglint` for a clean record, and one case
/// with an `<error>` for a record that could not be read. The totals are left off `<testsuites>`
/// (the attributes are optional): the element opens before the first record, and streaming means
/// not holding the records until the end. A CI format: it never holds source excerpts.
struct JUnitReporter: Reporter {
    let options: ReportOptions

    func begin() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"meetinglint\">\n"
    }

    func record(_ result: RecordResult) -> String {
        let path = XML.escape(result.path)
        if let failure = result.failure {
            return "<testsuite name=\"\(path)\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                + "  <testcase name=\"meetinglint\" classname=\"\(path)\">\n"
                + "    <error message=\"\(XML.escape("The record could not be read: " + failure))\" type=\"unreadable\"/>\n"
                + "  </testcase>\n</testsuite>\n"
        }
        let count = result.diagnostics.count
        var output = "<testsuite name=\"\(path)\" tests=\"\(max(1, count))\" failures=\"\(count)\" errors=\"0\">\n"
        if result.diagnostics.isEmpty {
            output += "  <testcase name=\"meetinglint\" classname=\"\(path)\"/>\n"
        }
        for diagnostic in result.diagnostics {
            let message = options.redact ? diagnostic.redactedMessage : diagnostic.message
            var body = "\(diagnostic.start.line):\(diagnostic.start.column): \(message)\nhelp: \(diagnostic.help)"
            if !diagnostic.guidance.isEmpty { body += "\nguidance: \(diagnostic.guidance)" }
            output += "  <testcase name=\"\(XML.escape("meetinglint." + diagnostic.rule))\" classname=\"\(path)\">\n"
            output += "    <failure message=\"\(XML.escape(message))\" type=\"\(diagnostic.severity.rawValue)\">"
            output += XML.escape(body, inAttribute: false) + "</failure>\n"
            output += "  </testcase>\n"
        }
        return output + "</testsuite>\n"
    }

    func end(_ summary: RunSummary) -> String { "</testsuites>\n" }
}

/// XML 1.0 text helpers, shared by the JUnit and HTML reporters.
enum XML {
    /// Text made safe for XML character data or a quoted attribute value.
    ///
    /// Escapes `&`, `<`, `>`, `"` and `'` (the last as `&#39;`, which HTML and XML both read);
    /// drops the characters XML 1.0 forbids (control characters other than tab, LF and CR, and
    /// U+FFFE, U+FFFF). In an attribute, tab, LF and CR become character references so that a
    /// parser's attribute-value normalisation keeps them; in text, CR does (parsers turn a raw CR
    /// into LF).
    static func escape(_ text: String, inAttribute: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\r": output += "&#13;"
            case "\n": output += inAttribute ? "&#10;" : "\n"
            case "\t": output += inAttribute ? "&#9;" : "\t"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// Whether XML 1.0 allows a character in a document at all.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
