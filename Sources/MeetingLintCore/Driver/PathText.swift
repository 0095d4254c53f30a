/// The two path operations the driver needs, on the text of a path, as `NSString`'s
/// `deletingLastPathComponent` and `appendingPathComponent(_:)` give them (so that the binary
/// need not link swift-corelibs-foundation for them; `FoundationFreeTests` compares the two).
/// Unlike `NSString`'s, they never trap: a one-character name has no folder before it.
extension String {
    /// The path without its last component: `a/b/c` → `a/b`, `a/b/` → `a`, `/a` → `/`, `a` → ``,
    /// `/` → `/`. Repeated slashes count as one.
    var pathDeletingLastComponent: String {
        let fixed = utf8.slashesFixed
        // No slash: a name alone (or nothing), in no folder named. A slash first only: the root.
        guard let lastSlash = fixed.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if lastSlash == 0 { return "/" }
        return String(decoding: fixed[..<lastSlash], as: UTF8.self)
    }

    /// The path with `component` added after a slash: `a` + `b` → `a/b`, `a/` + `b` → `a/b`;
    /// an empty path gives `component`, an empty component the path itself.
    func pathAppending(_ component: String) -> String {
        if component.isEmpty { return self }
        if isEmpty { return component }
        if utf8.last == UInt8(ascii: "/") { return self + component }
        return self + "/" + component
    }
}

extension String.UTF8View {
    /// The bytes with each run of slashes made one, and a slash at the end dropped (unless the
    /// path is only `/`).
    fileprivate var slashesFixed: [UInt8] {
        var fixed: [UInt8] = []
        fixed.reserveCapacity(count)
        for byte in self where !(byte == UInt8(ascii: "/") && fixed.last == UInt8(ascii: "/")) {
            fixed.append(byte)
        }
        if fixed.count > 1, fixed.last == UInt8(ascii: "/") { fixed.removeLast() }
        return fixed
    }
}
