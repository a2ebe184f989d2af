extension String {
    /// A String holding a copy of `utf8`, which the caller has already checked to be valid UTF-8
    /// (`isASCII` says whether it is all ASCII): the bytes are not validated a second time, which
    /// is what every other way of making a String from bytes costs.
    init(validatedUTF8 utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        guard !utf8.isEmpty else {
            self = ""
            return
        }
        self = String(copying: unsafe UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
    }
}
