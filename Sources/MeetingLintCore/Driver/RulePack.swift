#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A folder of the user's own rule documents, profiles and vocabulary (`rules-dir`, SPEC 3).
enum RulePack {
    /// Every `*.md` under `folder`, as (path relative to it, text), sorted.
    static func load(folder: String) throws -> [(path: String, text: String)] {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
            throw ConfigurationError(path: folder, line: 0, message: "the rule pack folder does not exist")
        }
        let paths = ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return try paths.map { path in
            guard let data = FileManager.default.contents(atPath: folder.pathAppending(path)) else {
                throw ConfigurationError(path: path, line: 0, message: "the rule document could not be read")
            }
            return (path, String(decoding: data, as: UTF8.self))
        }
    }

    /// Checks a pack's rules: each declares a check meetinglint can run (read with `vocabulary`,
    /// the catalogue's the pack joins), and none reuses a built-in rule's id. This is where a bad
    /// rule is reported; the linter builds the same checks later and can rely on them.
    static func validate(_ files: [(path: String, text: String)], folder: String, vocabulary: Vocabulary) throws {
        let pack = Catalogue(files: files)
        for rule in pack.rules.values.sorted(by: { $0.id < $1.id }) {
            let path = folder.pathAppending(rule.path)
            if Catalogue.builtIn.rules[rule.id] != nil {
                throw ConfigurationError(path: path, line: 1, message: "rule '\(rule.id)' has the same id as a built-in rule; give the local rule its own id")
            }
            var located = rule
            located.path = path
            _ = try DeclarativeCheck(document: located, vocabulary: vocabulary)
        }
    }
}
