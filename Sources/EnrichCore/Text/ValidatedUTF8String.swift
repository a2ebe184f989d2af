extension String {
    /// A String holding a copy of `utf8`, which the caller knows to be valid UTF-8 (bytes read
    /// from another String, or already checked): the bytes are not validated again, which is
    /// what every other way of making a String from bytes costs. They are only scanned, 8 at a
    /// step, for whether they are all ASCII.
    public init(validatedUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var highBits: UInt64 = 0
        while index + 8 <= utf8.count {
            highBits |= ByteScanning.load(utf8, index)
            index += 8
        }
        while index < utf8.count {
            highBits |= UInt64(utf8[index])
            index += 1
        }
        self.init(validatedUTF8: utf8, isASCII: highBits & ByteScanning.highBits == 0)
    }

    /// A String holding a copy of `utf8`, which the caller has already checked to be valid UTF-8
    /// and knows to be all ASCII or not (`isASCII`).
    init(validatedUTF8 utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        guard !utf8.isEmpty else {
            self = ""
            return
        }
        self = String(copying: unsafe UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
    }
}
