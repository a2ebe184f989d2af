#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends JSON to a byte buffer. Strings are escaped per RFC 8259 plus U+2028 and U+2029
/// (which break JavaScript and some line-based readers); runs that need no escaping are copied
/// in one go. No `String` is built on the way.
///
/// The writer owns one growing buffer written through a pointer, so appending costs a bounds
/// check and a store (no Array uniqueness or generic copy per call); it is noncopyable so that
/// the buffer has exactly one owner, and `removeAll` lets a caller reuse it for the next unit.
///
/// A JSON array value written again (the same array storage, as when a digest-level value is
/// set on every article of a digest) is copied from where it was first written instead of
/// being encoded again.
public struct JSONWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    public private(set) var count = 0
    /// Recently written array values and where their JSON is in the buffer. Holding the array
    /// keeps its storage alive, so an equal storage address means the very same elements.
    private var writtenArrays: [(items: [JSONValue], bytes: Range<Int>)] = []
    private static let writtenArrayLimit = 4

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// A copy of the bytes written so far.
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// Calls `body` with the bytes written so far, without copying them.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Forgets the bytes written, keeping the buffer for reuse.
    public mutating func removeAll() {
        count = 0
        writtenArrays.removeAll(keepingCapacity: true)
    }

    /// Where `extra` more bytes can be written.
    @inline(__always)
    private mutating func tail(reserving extra: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < extra { grow(toHold: count + extra) }
        return start + count
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
        let destination = tail(reserving: length)
        memcpy(destination, source, length)
        count += length
    }

    /// Appends bytes that are already JSON.
    public mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
        guard let base = json.baseAddress else { return }
        append(base, json.count)
    }

    /// Appends bytes that are already JSON.
    public mutating func raw(_ json: some Collection<UInt8>) {
        if json.withContiguousStorageIfAvailable({ raw($0) }) == nil {
            for byte in json { raw(byte) }
        }
    }

    @inline(__always)
    public mutating func raw(_ byte: UInt8) {
        tail(reserving: 1).pointee = byte
        count += 1
    }

    /// Appends a literal; one of up to 16 bytes (every literal the record writer uses) is
    /// copied with two overlapping word moves instead of a call to `memcpy`.
    @inline(__always)
    public mutating func raw(_ ascii: StaticString) {
        let length = ascii.utf8CodeUnitCount
        let source = UnsafeRawPointer(ascii.utf8Start)
        guard length <= 16 else {
            append(ascii.utf8Start, length)
            return
        }
        let destination = UnsafeMutableRawPointer(tail(reserving: 16))
        if length >= 8 {
            destination.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            destination.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self),
                                   toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 {
            destination.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            destination.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self),
                                   toByteOffset: length - 4, as: UInt32.self)
        } else {
            for offset in 0..<length {
                destination.storeBytes(of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset, as: UInt8.self)
            }
        }
        count += length
    }

    /// `"key":` (the key must need no escaping beyond what `string` does).
    public mutating func key(_ key: String) {
        string(key)
        raw(.colon)
    }

    public mutating func string(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var value = value
            value.withUTF8 { string(utf8: $0) }
        }
    }

    /// A JSON string from UTF-8 bytes, which must be valid UTF-8. Bytes are tested 8 at a time
    /// (a string of up to 16 bytes in one or two words, stored as words when it needs no
    /// escaping), and runs that need no escaping are copied in one go.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let count = utf8.count
        guard let base = utf8.baseAddress, count > 0 else {
            raw("\"\"")
            return
        }
        let source = UnsafeRawPointer(base)
        if count <= 16 {
            // Two overlapping words (or one short word) cover the string.
            let first = count < 8 ? Self.loadShort(base, count) : source.loadUnaligned(as: UInt64.self)
            let last = count < 8 ? first : source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            let lanes = count < 8 ? Self.lanes(below: count) : ByteScanning.highBits
            if (Self.escapeFlags(UInt64(littleEndian: first)) | Self.escapeFlags(UInt64(littleEndian: last))) & lanes == 0 {
                // Whole words are stored; only `count` of their bytes are kept.
                let destination = tail(reserving: 18)
                destination[0] = .quote
                let text = UnsafeMutableRawPointer(destination + 1)
                text.storeBytes(of: first, as: UInt64.self)
                if count > 8 { text.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self) }
                destination[count + 1] = .quote
                self.count += count + 2
                return
            }
        }
        raw(.quote)
        var runStart = 0
        var index = 0
        while true {
            // The next byte that may need escaping, or `count`.
            var stop = count
            while index + 8 <= count {
                let flags = Self.escapeFlags(UInt64(littleEndian: source.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                if flags != 0 {
                    stop = index + flags.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            if stop == count && index < count {
                // The last bytes, read as the string's last whole word (or one short word) with
                // the lanes already scanned masked off; a flag found so may be false, so the
                // byte is checked below.
                if count >= 8 {
                    let last = count - 8
                    let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: last, as: UInt64.self))
                    let flags = Self.escapeFlags(word) & (UInt64.max << UInt64((index - last) << 3))
                    if flags != 0 { stop = last + flags.trailingZeroBitCount >> 3 }
                } else {
                    let flags = Self.escapeFlags(Self.loadShort(base, count)) & Self.lanes(below: count)
                        & (UInt64.max << UInt64(index << 3))
                    if flags != 0 { stop = flags.trailingZeroBitCount >> 3 }
                }
            }
            if stop == count { break }
            let byte = base[stop]
            if byte >= 0x80 {
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9; any other scalar is copied as it is.
                guard byte == 0xE2, stop + 2 < count, base[stop + 1] == 0x80, base[stop + 2] & 0xFE == 0xA8 else {
                    index = stop + (byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4)
                    continue
                }
            } else if byte >= 0x20 && byte != .quote && byte != .backslash {
                index = stop + 1
                continue
            }
            if runStart < stop { append(base + runStart, stop - runStart) }
            switch byte {
            case .quote: raw("\\\"")
            case .backslash: raw("\\\\")
            case .newline: raw("\\n")
            case .carriageReturn: raw("\\r")
            case .tab: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0xE2: raw(base[stop + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            default:
                raw("\\u00")
                raw(Self.hexDigit(byte >> 4))
                raw(Self.hexDigit(byte & 0xF))
            }
            index = stop + (byte == 0xE2 ? 3 : 1)
            runStart = index
        }
        if runStart < count { append(base + runStart, count - runStart) }
        raw(.quote)
    }

    /// The `count` (1 to 7) bytes at `base` as the low lanes of a word, the other lanes zero;
    /// read with two overlapping loads, never past the last byte.
    @inline(__always)
    private static func loadShort(_ base: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(base)
        if count >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return low | high << UInt64((count - 4) << 3)
        }
        if count >= 2 {
            let low = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            let high = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)))
            return low | high << UInt64((count - 2) << 3)
        }
        return UInt64(base[0])
    }

    /// The high bits of the lanes below `count` (1 to 7).
    @inline(__always)
    private static func lanes(below count: Int) -> UInt64 {
        ByteScanning.highBits >> UInt64((8 - count) << 3)
    }

    /// The high bit of each byte of `word` that may need escaping: a control character, a quote,
    /// a backslash, or any non-ASCII byte (which may start U+2028/U+2029). The lowest set bit is
    /// always exact; higher ones may be false.
    @inline(__always)
    private static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones = ByteScanning.ones
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let below = (word &- ones &* 0x20) & ~word
        return ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | below | word) & ByteScanning.highBits
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    public mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            raw(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
            return
        }
        // Digits are written right to left straight into the buffer, two at a step.
        var magnitude = value.magnitude
        let width = Self.decimalDigits(magnitude) + (value < 0 ? 1 : 0)
        let destination = tail(reserving: width)
        let pairs = Self.digitPairs.utf8Start
        var position = width
        while magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) << 1
            magnitude /= 100
            position -= 2
            destination[position] = pairs[pair]
            destination[position + 1] = pairs[pair + 1]
        }
        if position > (value < 0 ? 1 : 0) {
            position -= 1
            destination[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude)
        }
        if value < 0 { destination[0] = UInt8(ascii: "-") }
        count += width
    }

    /// "00" to "99", for writing integers two digits at a step.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// How many decimal digits `value` has (offsets mostly have three to five).
    @inline(__always)
    private static func decimalDigits(_ value: UInt) -> Int {
        if value < 1000 { return value < 10 ? 1 : value < 100 ? 2 : 3 }
        if value < 100_000 { return value < 10_000 ? 4 : 5 }
        var digits = 6
        var threshold: UInt = 1_000_000
        while digits < 20 && value >= threshold {
            digits += 1
            threshold &*= 10
        }
        return digits
    }

    /// A finite number, rounded to `digits` decimals so that output is stable and short.
    ///
    /// The rounded value is the double nearest to an integer over 10^digits; with at most 15
    /// significant digits that decimal is also its shortest round-trip form (what `String(_:)`
    /// prints, in plain notation down to 0.0001), so it is written digit by digit without
    /// formatting a String.
    public mutating func double(_ value: Double, digits: Int = 4) {
        guard value.isFinite else {
            raw("null")
            return
        }
        let divisor = Self.powerOfTen(digits)
        let scale = Double(divisor)
        let scaled = (value * scale).rounded()
        let rounded = scaled / scale
        if rounded == rounded.rounded(.towardZero) && abs(rounded) < 1e15 {
            int(Int(rounded))
            return
        }
        guard digits <= 4, abs(scaled) < 1e14 else {
            raw(String(rounded).utf8)
            return
        }
        let units = Int(scaled)
        if units < 0 { raw(UInt8(ascii: "-")) }
        let magnitude = units.magnitude
        int(Int(magnitude / divisor))
        var fraction = magnitude % divisor
        var width = digits
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        raw(.period)
        // The fraction's digits, leading zeros included, written right to left.
        let destination = tail(reserving: width)
        var position = width
        repeat {
            position -= 1
            destination[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
            fraction /= 10
        } while position > 0
        count += width
    }

    /// 10 to the power `exponent` (0 to 8).
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> UInt {
        var power: UInt = 1
        for _ in 0..<exponent { power &*= 10 }
        return power
    }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }
    public mutating func null() { raw("null") }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let items):
            array(items)
        case .object(let members):
            raw(.openBrace)
            var first = true
            for member in members {
                if !first { raw(.comma) }
                first = false
                key(member.key)
                self.value(member.value)
            }
            raw(.closeBrace)
        }
    }

    private mutating func array(_ items: [JSONValue]) {
        guard items.count > 1 else {
            raw(.openBracket)
            if let item = items.first { value(item) }
            raw(.closeBracket)
            return
        }
        let storage = items.withUnsafeBufferPointer { $0.baseAddress }
        for written in writtenArrays
        where written.items.count == items.count && written.items.withUnsafeBufferPointer({ $0.baseAddress }) == storage {
            let length = written.bytes.count
            let destination = tail(reserving: length)
            destination.update(from: start + written.bytes.lowerBound, count: length)
            count += length
            return
        }
        let arrayStart = count
        raw(.openBracket)
        var first = true
        for item in items {
            if !first { raw(.comma) }
            first = false
            value(item)
        }
        raw(.closeBracket)
        if writtenArrays.count == Self.writtenArrayLimit { writtenArrays.removeFirst() }
        writtenArrays.append((items, arrayStart..<count))
    }
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let period = UInt8(ascii: ".")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
}
