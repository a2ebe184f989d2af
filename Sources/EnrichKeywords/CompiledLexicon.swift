import EnrichCore

/// A compiled lexicon (`LexiconImage`) in memory: mapped read-only from the cache folder, so that
/// loading costs one `mmap` and pages are read only when a lookup touches them, or held in an
/// allocation when the cache folder cannot be written.
///
/// Immutable after `init`, so one instance serves every thread.
final class CompiledLexicon: @unchecked Sendable {
    private let file: MappedFile
    private let base: UnsafeRawPointer
    let header: LexiconImage.Header
    private let mask: Int
    private let shift: UInt64

    /// Maps the file at `path`; fails naming it when it is not a complete compiled lexicon.
    convenience init(mapping path: String) throws(PipelineError) {
        try self.init(MappedFile(path: path, what: "compiled lexicon"), name: path)
    }

    /// Copies an image built in memory.
    convenience init(image: [UInt8]) throws(PipelineError) {
        try self.init(MappedFile(copying: image), name: "compiled lexicon")
    }

    private init(_ file: MappedFile, name: String) throws(PipelineError) {
        header = try Self.validate(file.base, length: file.count, name: name)
        self.file = file
        base = file.base
        mask = header.slotCount - 1
        shift = UInt64(64 - header.slotCount.trailingZeroBitCount)
    }

    private static func validate(_ base: UnsafeRawPointer, length: Int, name: String) throws(PipelineError) -> LexiconImage.Header {
        guard length >= LexiconImage.headerSize,
            UInt64(littleEndian: base.load(as: UInt64.self)) == LexiconImage.magic,
            UInt32(littleEndian: base.load(fromByteOffset: 8, as: UInt32.self)) == LexiconImage.formatVersion
        else { throw PipelineError("\(name) is not a compiled lexicon of this version") }
        func field(_ offset: Int) -> Int {
            Int(truncatingIfNeeded: UInt64(littleEndian: base.load(fromByteOffset: offset, as: UInt64.self)))
        }
        let header = LexiconImage.Header(
            slotCount: field(16), wordCount: field(24), fileLength: field(32),
            sourceKey: UInt64(littleEndian: base.load(fromByteOffset: 40, as: UInt64.self)),
            unlistedZipf: Float(bitPattern: UInt32(littleEndian: base.load(fromByteOffset: 12, as: UInt32.self))))
        guard header.slotCount >= 16, header.slotCount & (header.slotCount - 1) == 0,
            header.wordCount >= 0, header.wordCount <= header.slotCount / 2,
            header.fileLength == length, header.expectedLength == length,
            header.unlistedZipf.isFinite
        else { throw PipelineError("\(name) is truncated or damaged") }
        return header
    }

    /// The byte offset of the slot holding `key`, or nil when the lexicon does not know the word.
    /// The probe is bounded by the slot count, so even a damaged table cannot loop forever.
    @inline(__always)
    func slot(of key: UInt64) -> Int? {
        var slot = LexiconImage.firstSlot(of: key, shift: shift)
        for _ in 0...mask {
            let at = LexiconImage.headerSize &+ slot &* LexiconImage.slotSize
            let stored = base.load(fromByteOffset: at, as: UInt64.self)
            if stored == key && key != 0 { return at }
            if stored == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    @inline(__always)
    func stemKey(at offset: Int) -> UInt64 { base.load(fromByteOffset: offset + 8, as: UInt64.self) }

    @inline(__always)
    func zipf(at offset: Int) -> Float { Float(bitPattern: base.load(fromByteOffset: offset + 16, as: UInt32.self)) }

    @inline(__always)
    func flags(at offset: Int) -> LexiconImage.Flags {
        LexiconImage.Flags(rawValue: base.load(fromByteOffset: offset + 20, as: UInt32.self))
    }
}
