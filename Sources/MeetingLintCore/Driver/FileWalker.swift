import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the records to check (SPEC 5): files named on the command line, and `*.md` and
/// `*.markdown` files in folders, walked without recursion, hidden folders skipped, each real
/// folder visited once however many links lead to it, in sorted order.
struct FileWalker {
    /// A path that could not be walked or read, and why.
    struct Problem: Sendable, Equatable {
        var path: String
        var reason: String
    }

    /// Paths to leave out (configuration's `exclude`, `.gitignore`).
    var isExcluded: (String) -> Bool = { _ in false }

    /// The records under `paths`, sorted and without duplicates; `-` stays as given.
    func collect(_ paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        var visited = Set<FileID>()
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason = errno
                var link = stat()
                if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                    problems.append(Problem(path: path, reason: "is a symbolic link to something that does not exist"))
                } else {
                    problems.append(Problem(path: path, reason: String(cString: strerror(reason))))
                }
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(FileWalker.clean(path), into: &files, problems: &problems, visited: &visited)
            } else {
                files.append(FileWalker.clean(path))
            }
        }
        var seen = Set<String>()
        let unique = files.filter { seen.insert($0).inserted }
        return (unique.sorted(by: FileWalker.order), problems.sorted { $0.path < $1.path })
    }

    /// Paths compare byte by byte, so the order is the same on every machine.
    static func order(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
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

    func walk(_ root: String, into files: inout [String], problems: inout [Problem], visited: inout Set<FileID>) {
        // Inside a git work tree, what `.gitignore` ignores is skipped too.
        let absoluteRoot = URL(fileURLWithPath: root).standardizedFileURL.path
        var pending: [(path: String, absolute: String, ignore: GitIgnore?)] = [(root, absoluteRoot, GitIgnore.forWalk(of: root))]
        while let (folder, absolute, inherited) = pending.popLast() {
            var status = stat()
            guard stat(folder, &status) == 0 else { continue }
            let id = FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            guard visited.insert(id).inserted else { continue }
            guard let handle = opendir(folder) else {
                problems.append(Problem(path: folder, reason: "is a folder that could not be opened: \(String(cString: strerror(errno)))"))
                continue
            }
            var entries: [String] = []
            // readdir returns nil at the end and on an error; errno tells which.
            errno = 0
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                entries.append(name)
                errno = 0
            }
            let failure = errno
            closedir(handle)
            if failure != 0 {
                problems.append(Problem(path: folder, reason: "is a folder that could not be opened: \(String(cString: strerror(failure)))"))
                continue
            }
            var ignore = inherited
            ignore?.add(file: absolute + "/.gitignore", base: absolute)
            for name in entries.sorted(by: FileWalker.order).reversed() {
                let path = folder == "/" ? "/" + name : folder + "/" + name
                let absolutePath = absolute == "/" ? "/" + name : absolute + "/" + name
                if isExcluded(path) { continue }
                var entryStatus = stat()
                if stat(path, &entryStatus) != 0 {
                    if FileWalker.isRecordName(name) {
                        var link = stat()
                        let dangling = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                        problems.append(Problem(path: path, reason: dangling ? "is a symbolic link to something that does not exist" : String(cString: strerror(errno))))
                    }
                    continue
                }
                let isDirectory = (entryStatus.st_mode & S_IFMT) == S_IFDIR
                if let ignore, ignore.isIgnored(absolutePath, isDirectory: isDirectory) { continue }
                switch entryStatus.st_mode & S_IFMT {
                case S_IFDIR: pending.append((path, absolutePath, ignore))
                case S_IFREG where FileWalker.isRecordName(name): files.append(path)
                default: continue
                }
            }
        }
    }

    /// `*.md` and `*.markdown`, in any case.
    static func isRecordName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }
}
