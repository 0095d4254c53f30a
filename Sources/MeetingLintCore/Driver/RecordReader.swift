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
        /// It is text saved as UTF-16 (it starts with UTF-16's byte-order mark), not UTF-8.
        case utf16
        /// It is longer than `RecordReader.largestRecord`.
        case tooLarge

        var description: String {
            switch self {
            case .system(let reason): return "could not be read: \(reason)"
            case .notAFile: return "is not a file"
            case .binary: return "is not a text file (it holds binary data), so it was not checked"
            case .utf16:
                return "is saved as UTF-16 text (\"Unicode\" in Notepad and Word), so it was not checked: save it again as UTF-8 text and check it again"
            case .tooLarge: return "is too large to check: meetinglint checks records of up to 1 GiB"
            }
        }
    }

    /// The largest record checked, in bytes: 1 GiB. A larger one is reported as unreadable (the
    /// run goes on, and ends with exit status 2) rather than read.
    ///
    /// Positions in a record are kept in 32 bits (a token's offsets are `UInt32`; the parser's node
    /// and cell indexes and the word index's token indexes are `Int32`, and the parser can make
    /// more than one node for a byte, as in `>>>>a`), so a record must stay well below 2 GiB for
    /// all of them to fit. Checking a record takes more than ten bytes of memory for each of its
    /// bytes, so one this large is not one a machine could check anyway.
    static let largestRecord = 1 << 30

    /// Reads a whole file, or fails if it is longer than `limit` bytes (tests lower the limit).
    static func read(_ path: String, limit: Int = largestRecord) -> Result<[UInt8], Failure> {
        // Opened without blocking: opening a named pipe (FIFO) to read otherwise waits, for
        // ever, until something opens it to write. It is then refused as not a file, below. On a
        // regular file Linux's own file systems ignore the flag; one that honours it is waited on
        // (`readAll`'s `opened`).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        // Refused before a byte is read; a file that grows past the limit while it is read is
        // refused by `readAll`.
        guard status.st_size <= limit else { return .failure(.tooLarge) }
        return readAll(descriptor, sizeHint: Int(status.st_size), sizeKnown: true, limit: limit, opened: true)
    }

    /// Reads standard input to its end.
    static func readStandardInput() -> Result<[UInt8], Failure> { readAll(0, sizeHint: 1 << 16) }

    /// Reads to the end of the descriptor into a buffer one byte larger than `sizeHint`, doubling
    /// it while it fills. The buffer is read into uninitialised, never zeroed first. Fails as
    /// `.tooLarge` once more than `limit` bytes are read: the buffer never grows past one byte more.
    ///
    /// With `sizeKnown` (a regular file's size from `fstat`), a `read` that stops short having
    /// brought the record to exactly that size is taken as the end, which saves the one more
    /// `read` that would return 0: a regular file stops short only at its end, and a file that
    /// grew since `fstat` fills the spare byte, so its reading goes on.
    ///
    /// `opened`: the descriptor is this reader's own, opened without blocking (`read(_:limit:)`).
    /// Should a read then say "try again" (`EAGAIN`: a file system that honours the flag for a
    /// regular file, as Linux's own never do), the flag is cleared and the read waits, as any
    /// file's does. A descriptor not its own (standard input) is never changed.
    static func readAll(_ descriptor: Int32, sizeHint: Int, sizeKnown: Bool = false, limit: Int = largestRecord, opened: Bool = false) -> Result<[UInt8], Failure> {
        var capacity = min(max(1, sizeHint + 1), limit + 1)
        var bytes: [UInt8] = []
        while true {
            var ended = false
            var error: Int32 = 0
            let previous = bytes
            let knownEnd = sizeKnown && previous.isEmpty ? sizeHint : -1
            bytes = [UInt8](room: capacity) { buffer, count in
                previous.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress { buffer.baseAddress!.initialize(from: from, count: old.count) }
                }
                (count, ended, error) = fill(buffer, from: previous.count, descriptor: descriptor, knownEnd: knownEnd, opened: opened)
            }
            if error != 0 { return .failure(.system(String(cString: strerror(error)))) }
            if bytes.count > limit { return .failure(.tooLarge) }
            if ended { break }
            capacity = min(capacity * 2, limit + 1)
        }
        if isUTF16(bytes) { return .failure(.utf16) }
        return looksBinary(bytes) ? .failure(.binary) : .success(bytes)
    }

    /// Reads into `buffer` from offset `start` until the end of the descriptor or of the buffer:
    /// how many bytes the buffer then holds, whether the end was reached, and `errno` if a read
    /// failed (0 otherwise). A `read` that stops short with the buffer holding exactly `knownEnd`
    /// bytes is the end (pass -1 when the size is not known).
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, descriptor: Int32, knownEnd: Int, opened: Bool) -> (Int, Bool, Int32) {
        var count = start
        while count < buffer.count {
            let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN, opened {
                    let flags = fcntl(descriptor, F_GETFL)
                    if flags >= 0, flags & O_NONBLOCK != 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 { continue }
                }
                return (count, true, errno)
            }
            if got == 0 { return (count, true, 0) }
            count += got
            if count == knownEnd, count < buffer.count { return (count, true, 0) }
        }
        return (count, false, 0)
    }

    /// Whether the bytes start with UTF-16's byte-order mark, `FF FE` (little-endian, what Notepad
    /// and Word write as "Unicode") or `FE FF` (big-endian). Neither byte ever occurs in UTF-8, so
    /// such a file is not UTF-8 text, and its ASCII letters hold NUL bytes that would otherwise
    /// call it binary. (UTF-32's little-endian mark, `FF FE 00 00`, is taken for UTF-16's too:
    /// either way the fix is to save the file as UTF-8.)
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
    }

    /// A NUL byte in the first 8 KiB marks a binary file (as git and grep decide).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 8192)) != nil
        }
    }
}
