import Foundation

/// A folder of the user's own rule documents, profiles and vocabulary (`rules-dir`, SPEC 3).
enum RulePack {
    /// Every `*.md` under `folder`, as (path relative to it, text), sorted.
    static func load(folder: String) throws -> [(path: String, text: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConfigurationError(path: folder, line: 0, message: "the rule pack folder does not exist")
        }
        let paths = (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return try paths.map { path in
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(path)) else {
                throw ConfigurationError(path: path, line: 0, message: "the rule document could not be read")
            }
            return (path, String(decoding: data, as: UTF8.self))
        }
    }
}
