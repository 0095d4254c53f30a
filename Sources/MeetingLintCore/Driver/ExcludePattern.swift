/// Glob patterns for `exclude` (SPEC 7): `*` matches within a path segment, `**` across
/// segments, `?` one character. A pattern without `/` matches any segment of the path (`drafts`,
/// `*.tmp.md`); one with `/` matches the path relative to the configuration's folder
/// (`archive/**`).
enum ExcludePattern {
    /// Whether `path` is excluded by any pattern, with patterns relative to `base`.
    static func matches(_ path: String, patterns: [String], base: String) -> Bool {
        let relative = relativePath(path, to: base)
        let segments = relative.split(separator: "/").map(String.init)
        for pattern in patterns {
            var pattern = pattern
            while pattern.hasPrefix("./") { pattern.removeFirst(2) }
            if pattern.hasSuffix("/") { pattern += "**" }
            if pattern.contains("/") {
                if pattern.hasPrefix("/") { pattern.removeFirst() }
                if glob(Array(pattern.utf8)[...], Array(relative.utf8)[...]) { return true }
            } else if segments.contains(where: { glob(Array(pattern.utf8)[...], Array($0.utf8)[...]) }) {
                return true
            }
        }
        return false
    }

    /// `path` relative to `base` when it lies under it; otherwise as given.
    static func relativePath(_ path: String, to base: String) -> String {
        var cleanedPath = FileWalker.clean(path)
        var cleanedBase = FileWalker.clean(base)
        if cleanedBase == "." { return cleanedPath }
        if cleanedPath.hasPrefix(cleanedBase + "/") {
            cleanedPath.removeFirst(cleanedBase.count + 1)
            return cleanedPath
        }
        if !cleanedPath.hasPrefix("/"), cleanedBase.hasPrefix("/") {
            // A relative path under an absolute base: compare against the working folder.
            let current = FileWalkerSupport.currentDirectory()
            if cleanedBase.hasPrefix(current) {
                cleanedBase.removeFirst(current.count)
                while cleanedBase.hasPrefix("/") { cleanedBase.removeFirst() }
                if cleanedBase.isEmpty { return cleanedPath }
                if cleanedPath.hasPrefix(cleanedBase + "/") {
                    cleanedPath.removeFirst(cleanedBase.count + 1)
                }
            }
        }
        return cleanedPath
    }

    /// Matches bytes against a glob, iteratively with backtracking for `*` and `**`.
    static func glob(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var starP = -1
        var starT = -1
        var starCrossesSlash = false
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                let double = p + 1 < pattern.endIndex && pattern[p + 1] == UInt8(ascii: "*")
                starCrossesSlash = double
                p += double ? 2 : 1
                // `**/` also matches nothing.
                if double, p < pattern.endIndex, pattern[p] == UInt8(ascii: "/") { p += 1 }
                starP = p
                starT = t
                continue
            }
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "?") || pattern[p] == text[t], text[t] != UInt8(ascii: "/") || pattern[p] == UInt8(ascii: "/") {
                p += 1
                t += 1
                continue
            }
            if starP >= 0, starCrossesSlash || text[starT] != UInt8(ascii: "/") {
                starT += 1
                t = starT
                p = starP
                continue
            }
            return false
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small file-system helpers for the driver.
enum FileWalkerSupport {
    static func currentDirectory() -> String { FileManager.default.currentDirectoryPath }
}
