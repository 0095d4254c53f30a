#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a record's bytes. Only reading a file can fail; findings never throw.
enum RecordReader {
    /// Why a record could not be read.
    enum Failure: Error, Sendable, CustomStringConvertible {
        /// The operating system refused (`No such file or directory`, `Permission denied`, …).
        case system(String)
        /// It is a folder, a device or something else that is not a file.
        case notAFile
        /// It holds binary data, not text.
        case binary

        var description: String {
            switch self {
            case .system(let reason): return "could not be read: \(reason)"
            case .notAFile: return "is not a file"
            case .binary: return "is not a text file (it holds binary data), so it was not checked"
            }
        }
    }

    /// Reads a whole file.
    static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        return readAll(descriptor, sizeHint: Int(status.st_size))
    }

    /// Reads standard input to its end.
    static func readStandardInput() -> Result<[UInt8], Failure> { readAll(0, sizeHint: 1 << 16) }

    static func readAll(_ descriptor: Int32, sizeHint: Int) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: max(1, sizeHint + 1))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return looksBinary(bytes) ? .failure(.binary) : .success(bytes)
    }

    /// A NUL byte in the first 8 KiB marks a binary file (as git and grep decide).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 8192)) != nil
        }
    }
}
