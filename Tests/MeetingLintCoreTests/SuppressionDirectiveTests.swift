import Foundation
import Testing

@testable import MeetingLintCore

/// A suppression comment's directive, now found on bytes, is the one the characters' reading
/// found, and the comment reads the same: over random comments of directives, white space,
/// marks that combine with a directive's last letter, rule ids and reasons.
@Suite struct SuppressionDirectiveTests {
    /// The old `MeetingBuilder.suppression(bytes:_:comment:)`, kept as the reference: the
    /// directive found by `hasPrefix` on the comment's text.
    static func plainSuppression(bytes: [UInt8], _ content: SourceRange, comment: SourceRange) -> Suppression? {
        var start = content.start
        while start < content.end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") || bytes[start] == UInt8(ascii: "\n") || bytes[start] == UInt8(ascii: "\r") {
            start += 1
        }
        guard TextKey.starts(bytes[start..<content.end], at: 0, with: "meetinglint-") else { return nil }
        let body = String(decoding: bytes[start..<content.end], as: UTF8.self)[...]
        let directives: [(String, Suppression.Scope)] = [
            ("meetinglint-disable-next-line", .nextLine), ("meetinglint-disable-file", .file),
            ("meetinglint-disable", .disable), ("meetinglint-enable", .enable),
        ]
        guard let (word, scope) = directives.first(where: { body.hasPrefix($0.0) }) else { return nil }
        let afterDirective = body.dropFirst(word.count)
        let after = start + word.utf8.count
        guard after == content.end || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") || bytes[after] == UInt8(ascii: "\n")
            || bytes[after] == UInt8(ascii: "\r")
        else { return nil }
        var rulesPart = afterDirective
        var reason: String?
        if let dashes = afterDirective.range(of: "--") {
            rulesPart = afterDirective[..<dashes.lowerBound]
            reason = String(afterDirective[dashes.upperBound...]).trimmingSpaces
        }
        var rules: [(id: String, range: SourceRange)] = []
        let rulesEnd = min(after + rulesPart.utf8.count, content.end)
        var idStart = after
        for offset in after...rulesEnd {
            let separates = offset == rulesEnd || bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: " ")
                || bytes[offset] == UInt8(ascii: "\t") || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r")
            guard separates else { continue }
            if idStart < offset { rules.append((String(decoding: bytes[idStart..<offset], as: UTF8.self), SourceRange(idStart, offset))) }
            idStart = offset + 1
        }
        return Suppression(scope: scope, rules: rules, reason: reason?.isEmpty == true ? nil : reason, range: comment)
    }

    /// What a suppression says, as text to compare.
    static func described(_ suppression: Suppression?) -> String {
        guard let suppression else { return "none" }
        let rules = suppression.rules.map { "\($0.id)@\($0.range.start)-\($0.range.end)" }.joined(separator: ",")
        return "\(suppression.scope) [\(rules)] \(suppression.reason ?? "-") \(suppression.range.start)-\(suppression.range.end)"
    }

    @Test func directivesOnBytesReadAsOnCharacters() {
        let pieces = [
            "meetinglint-disable-next-line", "meetinglint-disable-file", "meetinglint-disable", "meetinglint-enable", "meetinglint-",
            "-next-line", "-file", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{301}", "\u{200D}", "é", ",", ", ", "--", "-", " -- ",
            "siblings", "contingency", "contingençy", "x", "reason given", "\u{FE0F}",
        ]
        var random = BuilderSpeedTests.Random(state: 0x5_0221)
        var read = 0
        for round in 0..<20_000 {
            var text = round % 3 == 0 ? "" : [" ", "\n", "\t ", "\r\n"][random.below(4)]
            text += ["meetinglint-disable-next-line", "meetinglint-disable-file", "meetinglint-disable", "meetinglint-enable", "meetinglint-"][random.below(5)]
            for _ in 0..<random.below(8) { text += pieces[random.below(pieces.count)] }
            var bytes = Array("xx".utf8) + Array(text.utf8)
            if random.below(10) == 0 { bytes.insert(0xFF, at: 2 + random.below(bytes.count - 1)) }
            let content = SourceRange(2, bytes.count)
            bytes += Array(" -->".utf8)
            let comment = SourceRange(0, bytes.count)
            let fast = MeetingBuilder.suppression(bytes: bytes, content, comment: comment)
            let plain = SuppressionDirectiveTests.plainSuppression(bytes: bytes, content, comment: comment)
            #expect(SuppressionDirectiveTests.described(fast) == SuppressionDirectiveTests.described(plain), "\(bytes)")
            if fast != nil { read += 1 }
        }
        #expect(read > 5_000)
    }
}
