/// Checks bytes against the UTF-8 encoding rules (RFC 3629).
enum UTF8Validation {
    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        guard let start = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        // The last offsets a 64- and an 8-byte step may start at (negative when the bytes are
        // shorter): every load below lies inside the bytes.
        let lastWideStep = count &- 64
        let lastWordStep = count &- 8
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            // Plain ASCII, the common case, is checked 64 bytes at a time (eight words tested as
            // one; the runs between multi-byte characters in records are a few hundred bytes
            // long), then eight at a time up to the first byte that is not ASCII.
            while index <= lastWideStep {
                let block = start + index
                let words = block.loadUnaligned(as: UInt64.self) | block.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | block.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | block.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    | block.loadUnaligned(fromByteOffset: 32, as: UInt64.self) | block.loadUnaligned(fromByteOffset: 40, as: UInt64.self)
                    | block.loadUnaligned(fromByteOffset: 48, as: UInt64.self) | block.loadUnaligned(fromByteOffset: 56, as: UInt64.self)
                guard words & highBits == 0 else { break }
                index &+= 64
            }
            while index <= lastWordStep, (start + index).loadUnaligned(as: UInt64.self) & highBits == 0 {
                index &+= 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }
}
