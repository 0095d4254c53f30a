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
        return readAll(descriptor, sizeHint: Int(status.st_size), sizeKnown: true)
    }

    /// Reads standard input to its end.
    static func readStandardInput() -> Result<[UInt8], Failure> { readAll(0, sizeHint: 1 << 16) }

    /// Reads to the end of the descriptor into a buffer one byte larger than `sizeHint`, doubling
    /// it while it fills. The buffer is read into uninitialised, never zeroed first.
    ///
    /// With `sizeKnown` (a regular file's size from `fstat`), a `read` that stops short having
    /// brought the record to exactly that size is taken as the end, which saves the one more
    /// `read` that would return 0: a regular file stops short only at its end, and a file that
    /// grew since `fstat` fills the spare byte, so its reading goes on.
    static func readAll(_ descriptor: Int32, sizeHint: Int, sizeKnown: Bool = false) -> Result<[UInt8], Failure> {
        var capacity = max(1, sizeHint + 1)
        var bytes: [UInt8] = []
        while true {
            var ended = false
            var error: Int32 = 0
            let previous = bytes
            let knownEnd = sizeKnown && previous.isEmpty ? sizeHint : -1
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                previous.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress { buffer.baseAddress!.initialize(from: from, count: old.count) }
                }
                (count, ended, error) = fill(buffer, from: previous.count, descriptor: descriptor, knownEnd: knownEnd)
            }
            if error != 0 { return .failure(.system(String(cString: strerror(error)))) }
            if ended { break }
            capacity *= 2
        }
        return looksBinary(bytes) ? .failure(.binary) : .success(bytes)
    }

    /// Reads into `buffer` from offset `start` until the end of the descriptor or of the buffer:
    /// how many bytes the buffer then holds, whether the end was reached, and `errno` if a read
    /// failed (0 otherwise). A `read` that stops short with the buffer holding exactly `knownEnd`
    /// bytes is the end (pass -1 when the size is not known).
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, descriptor: Int32, knownEnd: Int) -> (Int, Bool, Int32) {
        var count = start
        while count < buffer.count {
            let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                return (count, true, errno)
            }
            if got == 0 { return (count, true, 0) }
            count += got
            if count == knownEnd, count < buffer.count { return (count, true, 0) }
        }
        return (count, false, 0)
    }

    /// A NUL byte in the first 8 KiB marks a binary file (as git and grep decide).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 8192)) != nil
        }
    }
}
