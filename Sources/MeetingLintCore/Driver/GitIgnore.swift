#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The ignore rules of a git work tree (`.gitignore` files and `.git/info/exclude`), applied
/// while walking folders so that records git ignores are not checked (SPEC 5).
///
/// Supported: blank lines and `#` comments, `!` negation, a trailing `/` for folders only, a
/// leading or inner `/` anchoring to the file's folder, `*`, `?`, `**` and `[…]` classes; the last
/// matching rule wins. git itself is never run.
struct GitIgnore: Sendable {
    struct Rule: Sendable {
        /// The folder the rule's file stands in (paths are matched relative to it).
        var base: String {
            didSet { basePrefix = Array((base + "/").utf8) }
        }
        /// `base` and a `/`, as bytes: what a path the rule applies to starts with.
        private(set) var basePrefix: [UInt8]
        var pattern: [UInt8]
        var negated: Bool
        var directoryOnly: Bool
        /// Whether the pattern has a `/` before its end, so it matches from `base` only.
        var anchored: Bool

        init(base: String, pattern: [UInt8], negated: Bool, directoryOnly: Bool, anchored: Bool) {
            self.base = base
            basePrefix = Array((base + "/").utf8)
            self.pattern = pattern
            self.negated = negated
            self.directoryOnly = directoryOnly
            self.anchored = anchored
        }
    }

    private(set) var rules: [Rule] = []

    /// The root of the git work tree that holds `folder`, if any.
    static func workTreeRoot(containing folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL.path
        while true {
            if FileManager.default.fileExists(atPath: current.pathAppending(".git")) { return current }
            let parent = current.pathDeletingLastComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The rules that apply at the top of a walk of `folder`: those of `.git/info/exclude` and of
    /// every `.gitignore` from the work tree's root down to `folder` (not `folder`'s own; the walk
    /// reads that when it enters it).
    static func forWalk(of folder: String) -> GitIgnore? {
        guard let root = workTreeRoot(containing: folder) else { return nil }
        var ignore = GitIgnore()
        ignore.add(file: root.pathAppending(".git/info/exclude"), base: root)
        let target = URL(fileURLWithPath: folder).standardizedFileURL.path
        var chain: [String] = []
        var current = target
        while current.count > root.count {
            current = current.pathDeletingLastComponent
            chain.insert(current, at: 0)
        }
        for directory in chain where directory.count >= root.count {
            ignore.add(file: directory.pathAppending(".gitignore"), base: directory)
        }
        return ignore
    }

    /// Adds the rules of an ignore file, if it exists.
    mutating func add(file: String, base: String) {
        guard let data = FileManager.default.contents(atPath: file) else { return }
        for raw in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line = line.dropFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line = line.dropFirst()
            }
            var directoryOnly = false
            if line.hasSuffix("/") {
                directoryOnly = true
                line = line.dropLast()
            }
            guard !line.isEmpty else { continue }
            let anchored = line.dropLast().contains("/")
            if line.hasPrefix("/") { line = line.dropFirst() }
            rules.append(Rule(base: base, pattern: Array(line.utf8), negated: negated, directoryOnly: directoryOnly, anchored: anchored))
        }
    }

    /// Whether `path` (absolute, standardised) is ignored.
    ///
    /// Read in place as bytes: the walk asks this of every record in a git work tree, and making
    /// the relative path and its last name as new arrays for every rule cost more than reading
    /// the record's name from its folder.
    func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            var ignored = false
            for rule in rules {
                if rule.directoryOnly && !isDirectory { continue }
                let prefix = rule.basePrefix
                guard bytes.count >= prefix.count, bytes.starts(with: prefix) else { continue }
                let relative = bytes[prefix.count...]
                let matched: Bool
                if rule.anchored {
                    matched = GitIgnore.match(rule.pattern[...], relative)
                } else {
                    // The last name that is not empty (trailing `/`s passed over); a path of
                    // nothing but `/`s is matched whole.
                    var end = relative.endIndex
                    while end > relative.startIndex, relative[end - 1] == UInt8(ascii: "/") { end -= 1 }
                    if end == relative.startIndex {
                        matched = GitIgnore.match(rule.pattern[...], relative)
                    } else {
                        let start = relative[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? relative.startIndex
                        matched = GitIgnore.match(rule.pattern[...], relative[start..<end])
                    }
                }
                if matched { ignored = !rule.negated }
            }
            return ignored
        }
    }

    /// Glob matching with `*` (not across `/`), `**` (across), `?` and `[…]`, iteratively.
    static func match<Text: RandomAccessCollection<UInt8>>(_ pattern: ArraySlice<UInt8>, _ text: Text) -> Bool where Text.Index == Int {
        var p = pattern.startIndex
        var t = text.startIndex
        var backtrack: (p: Int, t: Int, crossesSlash: Bool)?
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                var double = false
                while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                    if p + 1 < pattern.endIndex, pattern[p + 1] == UInt8(ascii: "*") { double = true }
                    p += 1
                }
                if double, p < pattern.endIndex, pattern[p] == UInt8(ascii: "/") { p += 1 }
                backtrack = (p, t, double)
                continue
            }
            if p < pattern.endIndex, let (matched, next) = single(pattern, p, text[t]), matched {
                p = next
                t += 1
                continue
            }
            if let point = backtrack, point.crossesSlash || text[point.t] != UInt8(ascii: "/") {
                backtrack = (point.p, point.t + 1, point.crossesSlash)
                p = point.p
                t = point.t + 1
                continue
            }
            return false
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") || pattern[p] == UInt8(ascii: "/") { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches one character: a literal, `?`, `\x` or a class `[a-z]`/`[!a]`.
    private static func single(_ pattern: ArraySlice<UInt8>, _ p: Int, _ character: UInt8) -> (Bool, Int)? {
        let byte = pattern[p]
        if byte == UInt8(ascii: "?") { return (character != UInt8(ascii: "/"), p + 1) }
        if byte == UInt8(ascii: "\\"), p + 1 < pattern.endIndex { return (pattern[p + 1] == character, p + 2) }
        if byte == UInt8(ascii: "[") {
            var index = p + 1
            var negate = false
            if index < pattern.endIndex, pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") {
                negate = true
                index += 1
            }
            var found = false
            var first = true
            while index < pattern.endIndex, pattern[index] != UInt8(ascii: "]") || first {
                first = false
                if index + 2 < pattern.endIndex, pattern[index + 1] == UInt8(ascii: "-"), pattern[index + 2] != UInt8(ascii: "]") {
                    if character >= pattern[index] && character <= pattern[index + 2] { found = true }
                    index += 3
                } else {
                    if pattern[index] == character { found = true }
                    index += 1
                }
            }
            guard index < pattern.endIndex else { return (byte == character, p + 1) }
            return (found != negate && character != UInt8(ascii: "/"), index + 1)
        }
        return (byte == character, p + 1)
    }
}
