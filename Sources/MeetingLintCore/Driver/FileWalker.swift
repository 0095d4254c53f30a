#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the records to check (SPEC 5): files named on the command line, and `*.md` and
/// `*.markdown` files in folders, walked without recursion, hidden folders skipped, each real
/// folder visited once however many links lead to it, in sorted order.
///
/// It is an iterator: it reads one folder at a time, so memory stays flat however many records a
/// folder tree holds (it keeps only the folders still being walked, each one's sorted names). The
/// paths given are taken in byte order; inside a folder, names are taken in byte order and a
/// subfolder is walked where its name falls. A file named on the command line that a walk also
/// finds is checked once.
struct FileWalker: IteratorProtocol {
    /// A path that could not be walked or read, and why.
    struct Problem: Sendable, Equatable {
        var path: String
        var reason: String
    }

    /// What the walk found next: a record to check, or a path that could not be walked.
    enum Item: Sendable, Equatable {
        case file(String)
        case problem(Problem)
    }

    /// Paths to leave out (configuration's `exclude`, `.gitignore`).
    var isExcluded: (String) -> Bool = { _ in false }

    /// A folder being walked: its path, its absolute path, the ignore rules in force, its entries
    /// (sorted by name) and how many have been taken.
    private struct Folder {
        var path: String
        var absolute: String
        var ignore: GitIgnore?
        var entries: [Entry]
        var taken = 0
    }

    /// A name in a folder and what `readdir` said it is.
    private struct Entry {
        var name: String
        /// A plain file, as `readdir` reported it: such a file needs no `stat` to be taken. False
        /// for folders, links and whatever the file system did not say (`DT_UNKNOWN`); those are
        /// looked at with `stat`.
        var isPlainFile: Bool
        /// Set when the name is not UTF-8 (U+FFFD stands in `name` for its bad bytes), so no path
        /// made from `name` leads to it, and it is something the walk would have taken: whether
        /// a folder (else a record), found with `fstatat` from the bytes as `readdir` gave them.
        var unreachableFolder: Bool? = nil
    }

    /// The paths given, sorted, still to be taken (last first).
    private var roots: [String]
    /// Files named on the command line, so a walk that also finds one does not check it twice.
    private let named: Set<String>
    /// Named files already checked.
    private var done = Set<String>()
    /// The folders being walked, innermost last.
    private var folders: [Folder] = []
    /// Every real folder opened, so a link back to one is not followed again.
    private var visited = Set<FileID>()

    /// A walk over `paths` (`-` is standard input and stays as given).
    init(_ paths: [String]) {
        let cleaned = paths.map { $0 == "-" ? $0 : FileWalker.clean($0) }
        var seen = Set<String>()
        roots = cleaned.filter { seen.insert($0).inserted }.sorted(by: FileWalker.order).reversed()
        named = Set(cleaned.filter { path in
            var status = stat()
            return path != "-" && stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR
        })
    }

    /// The next record or problem, in order; nil when the walk is over.
    mutating func next() -> Item? {
        while true {
            if folders.isEmpty {
                guard let path = roots.popLast() else { return nil }
                if let item = start(path) { return item }
                continue
            }
            let index = folders.count - 1
            guard folders[index].taken < folders[index].entries.count else {
                folders.removeLast()
                continue
            }
            let found = folders[index].entries[folders[index].taken]
            folders[index].taken += 1
            if let item = entry(found, in: folders[index]) { return item }
        }
    }

    /// Starts on one path given: a file is the item itself; a folder is opened for walking.
    private mutating func start(_ path: String) -> Item? {
        if path == "-" { return .file(path) }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno
            var link = stat()
            if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                return .problem(Problem(path: path, reason: "is a symbolic link to something that does not exist"))
            }
            // A name given that was not UTF-8 reaches here with U+FFFD for its bad bytes (as the
            // standard library reads the command line), so no such file exists: say why it may be.
            if reason == ENOENT, path.unicodeScalars.contains("\u{FFFD}") {
                return .problem(Problem(path: path, reason: FileWalker.notUTF8Argument))
            }
            return .problem(Problem(path: path, reason: String(cString: strerror(reason))))
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { return take(path) }
        // Inside a git work tree, what `.gitignore` ignores is skipped too.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return open(path, absolute: absolute, ignore: GitIgnore.forWalk(of: path), status: status)
    }

    /// One name in a folder: a record, a problem, a subfolder to walk (opened now), or nothing.
    /// What is excluded or git-ignored is left out before anything about it is reported, so an
    /// ignored dangling link or unreadable file does not fail the run.
    private mutating func entry(_ found: Entry, in folder: Folder) -> Item? {
        let name = found.name
        if let isFolder = found.unreachableFolder {
            let path = folder.path == "/" ? "/" + name : folder.path == "." ? name : folder.path + "/" + name
            if isExcluded(path) { return nil }
            let absolute = folder.absolute == "/" ? "/" + name : folder.absolute + "/" + name
            if let ignore = folder.ignore, ignore.isIgnored(absolute, isDirectory: isFolder) { return nil }
            return .problem(Problem(path: path, reason: FileWalker.notUTF8Name))
        }
        // A plain file that is not a record is passed over before its path is made. (A folder
        // or a link may lead to a record, whatever its name: those go on to `stat`.)
        if found.isPlainFile, !FileWalker.isRecordName(name) { return nil }
        // The walk of `.` names `recs/a.md`, as naming `recs` does, not `./recs/a.md`.
        let path = folder.path == "/" ? "/" + name : folder.path == "." ? name : folder.path + "/" + name
        if isExcluded(path) { return nil }
        // Only `.gitignore` rules read the absolute path; outside a git work tree it is not made.
        var absolute: String { folder.absolute == "/" ? "/" + name : folder.absolute + "/" + name }
        // A plain record file is taken as `readdir` described it: a `stat` of each record cost
        // about as much as the rest of the walk. (Should it vanish or change before it is read,
        // reading it reports that.)
        if found.isPlainFile {
            if let ignore = folder.ignore, ignore.isIgnored(absolute, isDirectory: false) { return nil }
            return take(path)
        }
        var status = stat()
        if stat(path, &status) != 0 {
            let reason = errno
            guard FileWalker.isRecordName(name) else { return nil }
            var link = stat()
            let found = lstat(path, &link) == 0
            if let ignore = folder.ignore, ignore.isIgnored(absolute, isDirectory: found && (link.st_mode & S_IFMT) == S_IFDIR) { return nil }
            let dangling = found && (link.st_mode & S_IFMT) == S_IFLNK
            return .problem(Problem(path: path, reason: dangling ? "is a symbolic link to something that does not exist" : String(cString: strerror(reason))))
        }
        let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
        if let ignore = folder.ignore, ignore.isIgnored(absolute, isDirectory: isDirectory) { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return open(path, absolute: absolute, ignore: folder.ignore, status: status)
        case S_IFREG where FileWalker.isRecordName(name): return take(path)
        default: return nil
        }
    }

    /// A file, unless it was named on the command line and has been checked already.
    private mutating func take(_ path: String) -> Item? {
        guard named.contains(path) else { return .file(path) }
        return done.insert(path).inserted ? .file(path) : nil
    }

    /// Reads a folder's names and pushes it for walking; a folder that cannot be read is a problem.
    private mutating func open(_ path: String, absolute: String, ignore inherited: GitIgnore?, status: stat) -> Item? {
        let id = FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        guard visited.insert(id).inserted else { return nil }
        guard let handle = opendir(path) else {
            return .problem(Problem(path: path, reason: "is a folder that could not be opened: \(String(cString: strerror(errno)))"))
        }
        var entries: [Entry] = []
        // readdir returns nil at the end and on an error; errno tells which.
        errno = 0
        while let entry = readdir(handle) {
            let isPlainFile = Int(entry.pointee.d_type) == Int(DT_REG)
            let found = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { bytes -> Entry? in
                    if let name = String(validatingCString: bytes) { return Entry(name: name, isPlainFile: isPlainFile) }
                    // Not UTF-8: reachable only by its bytes. A folder or a record among such
                    // names is reported; anything else is passed over, as it would have been.
                    let name = String(cString: bytes)
                    var status = stat()
                    let kind = fstatat(dirfd(handle), bytes, &status, 0) == 0 ? status.st_mode & S_IFMT : 0
                    guard kind == S_IFDIR || kind == S_IFREG && FileWalker.isRecordName(name) else { return nil }
                    return Entry(name: name, isPlainFile: false, unreachableFolder: kind == S_IFDIR)
                }
            }
            if let found, !found.name.hasPrefix(".") { entries.append(found) }
            errno = 0
        }
        let failure = errno
        closedir(handle)
        if failure != 0 {
            return .problem(Problem(path: path, reason: "is a folder that could not be opened: \(String(cString: strerror(failure)))"))
        }
        var ignore = inherited
        ignore?.add(file: absolute + "/.gitignore", base: absolute)
        entries.sort { FileWalker.order($0.name, $1.name) }
        folders.append(Folder(path: path, absolute: absolute, ignore: ignore, entries: entries))
        return nil
    }

    /// Why a folder or record whose name is not UTF-8 is not checked.
    static let notUTF8Name = "could not be opened: its name is in an older text encoding, not UTF-8 (� marks the letters to retype): rename it"

    /// Why a path given with U+FFFD in it was not found.
    static let notUTF8Argument = "No such file or directory: if its name is in an older text encoding, not UTF-8 (� marks the letters to retype), rename it"

    /// Paths compare byte by byte, so the order is the same on every machine.
    ///
    /// Compared with `memcmp` where both are stored as contiguous UTF-8 (always, for native
    /// strings): a folder's names are sorted with this, and comparing them as sequences of bytes
    /// one at a time cost several hundred instructions a comparison.
    static func order(_ lhs: String, _ rhs: String) -> Bool {
        let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> Bool in
                let shared = min(left.count, right.count)
                if shared > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
                    let difference = memcmp(leftBase, rightBase, shared)
                    if difference != 0 { return difference < 0 }
                }
                return left.count < right.count
            }
        }
        if let compared = compared ?? nil { return compared }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// `./a/` → `a`; keeps `/` and `.` as they are.
    static func clean(_ path: String) -> String {
        var result = path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        while result.hasPrefix("./"), result.count > 2 { result.removeFirst(2) }
        return result
    }

    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// `*.md` and `*.markdown`, in any case.
    static func isRecordName(_ name: String) -> Bool {
        // An ASCII name is read as bytes, without making a lower-cased string for every name in
        // a folder. Other names are lower-cased in full: a few characters outside ASCII lower-case
        // into it (the Kelvin sign K into `k`).
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return hasSuffixIgnoringASCIICase(bytes, ".md") || hasSuffixIgnoringASCIICase(bytes, ".markdown")
        }
        if let known = ascii ?? nil { return known }
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Whether ASCII `bytes` end with `suffix` (lower-case), ASCII letters compared in any case.
    private static func hasSuffixIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        let start = bytes.count - length
        for offset in 0..<length {
            let byte = bytes[start + offset]
            let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard folded == suffix.utf8Start[offset] else { return false }
        }
        return true
    }
}
