import EnrichCore

/// Builds a compiled lexicon (`LexiconImage`) from the bytes of the stopword list (one word a
/// line, `#` comments) and of the frequency table (`word<TAB>zipf` lines, `#` comments), stemming
/// every word once so that documents only stem the words the lexicon does not know.
enum LexiconCompiler {
    /// The image of the two sources; `frequenciesPath` names the table in errors.
    static func compile(
        stopwords: UnsafeRawBufferPointer, frequencies: UnsafeRawBufferPointer, frequenciesPath: String, sourceKey: UInt64
    ) throws(PipelineError) -> [UInt8] {
        let stopwordLines = lines(of: stopwords)
        let frequencyLines = lines(of: frequencies)
        var slotCount = 16
        while slotCount < 2 * (stopwordLines.count + frequencyLines.count) { slotCount <<= 1 }
        var table = SlotTable(slotCount: slotCount)
        var stemBuffer = [UInt8](repeating: 0, count: 64)
        func stemKey(_ word: UnsafeRawBufferPointer) -> UInt64 {
            if stemBuffer.count < word.count { stemBuffer = [UInt8](repeating: 0, count: word.count) }
            return stemBuffer.withUnsafeMutableBufferPointer { buffer in
                for index in 0..<word.count { buffer[index] = word[index] }
                let length = PorterStemmer.stem(buffer, count: word.count)
                return WordHash.hash(UnsafeBufferPointer(rebasing: buffer[0..<length]))
            }
        }
        for (number, line) in frequencyLines {
            let bytes = UnsafeRawBufferPointer(rebasing: frequencies[line])
            guard let tab = bytes.firstIndex(of: 0x09),
                let zipf = parseDecimal(UnsafeRawBufferPointer(rebasing: bytes[(tab + 1)...]))
            else {
                throw PipelineError("model file \(frequenciesPath): line \(number) is not 'word<TAB>zipf'")
            }
            let word = UnsafeRawBufferPointer(rebasing: bytes[..<tab])
            table.set(WordHash.hash(word), stem: stemKey(word), zipf: zipf)
        }
        guard table.lowestZipf.isFinite else { throw PipelineError("model file \(frequenciesPath) lists no words") }
        let unlistedZipf = max(0, table.lowestZipf - 0.5)
        for (_, line) in stopwordLines {
            let word = UnsafeRawBufferPointer(rebasing: stopwords[line])
            table.markStopword(WordHash.hash(word), stem: stemKey(word), unlistedZipf: unlistedZipf)
        }
        return table.image(sourceKey: sourceKey, unlistedZipf: unlistedZipf)
    }

    /// The content lines of a text file with their 1-based numbers: leading blanks and a final
    /// CR dropped, empty lines and `#` comments skipped.
    private static func lines(of bytes: UnsafeRawBufferPointer) -> [(number: Int, range: Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        var lineStart = 0
        var number = 0
        while lineStart < bytes.count {
            number += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var start = lineStart
            while start < lineEnd && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            var end = lineEnd
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            if end == start || bytes[start] == UInt8(ascii: "#") { continue }
            result.append((number, start..<end))
        }
        return result
    }

    /// Parses "4.25" (digits, an optional point and decimals), or nil.
    private static func parseDecimal(_ bytes: UnsafeRawBufferPointer) -> Float? {
        var value: Float = 0
        var scale: Float = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Float(byte - UInt8(ascii: "0"))
                if scale == 0 {
                    value = value * 10 + digit
                } else {
                    value += digit * scale
                    scale /= 10
                }
                digits += 1
            case UInt8(ascii: "."):
                guard scale == 0 else { return nil }
                scale = 0.1
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// The slots under construction, in the image's order.
    private struct SlotTable {
        var keys: [UInt64]
        var stems: [UInt64]
        var zipfs: [Float]
        var flags: [LexiconImage.Flags]
        var listed: [Bool]
        let shift: UInt64
        var wordCount = 0
        var lowestZipf = Float.infinity

        init(slotCount: Int) {
            keys = [UInt64](repeating: 0, count: slotCount)
            stems = keys
            zipfs = [Float](repeating: 0, count: slotCount)
            flags = [LexiconImage.Flags](repeating: [], count: slotCount)
            listed = [Bool](repeating: false, count: slotCount)
            shift = UInt64(64 - slotCount.trailingZeroBitCount)
        }

        /// The slot of `key`, claimed for it when new; nil for the key 0, which marks empty slots
        /// (no real word hashes to it).
        private mutating func slot(for key: UInt64, stem: UInt64) -> Int? {
            guard key != 0 else { return nil }
            let mask = keys.count - 1
            var slot = LexiconImage.firstSlot(of: key, shift: shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                stems[slot] = stem
                wordCount += 1
            }
            return slot
        }

        /// Records a frequency-table line; a word listed twice keeps its last value.
        mutating func set(_ key: UInt64, stem: UInt64, zipf: Float) {
            lowestZipf = min(lowestZipf, zipf)
            guard let slot = slot(for: key, stem: stem) else { return }
            zipfs[slot] = zipf
            listed[slot] = true
        }

        mutating func markStopword(_ key: UInt64, stem: UInt64, unlistedZipf: Float) {
            guard let slot = slot(for: key, stem: stem) else { return }
            flags[slot].insert(.stopword)
            if !listed[slot] { zipfs[slot] = unlistedZipf }
        }

        func image(sourceKey: UInt64, unlistedZipf: Float) -> [UInt8] {
            let header = LexiconImage.Header(
                slotCount: keys.count, wordCount: wordCount, fileLength: 0, sourceKey: sourceKey, unlistedZipf: unlistedZipf)
            let length = header.expectedLength
            var image = [UInt8](repeating: 0, count: length)
            image.withUnsafeMutableBytes { raw in
                raw.storeBytes(of: LexiconImage.magic.littleEndian, toByteOffset: 0, as: UInt64.self)
                raw.storeBytes(of: LexiconImage.formatVersion.littleEndian, toByteOffset: 8, as: UInt32.self)
                raw.storeBytes(of: unlistedZipf.bitPattern.littleEndian, toByteOffset: 12, as: UInt32.self)
                raw.storeBytes(of: UInt64(keys.count).littleEndian, toByteOffset: 16, as: UInt64.self)
                raw.storeBytes(of: UInt64(wordCount).littleEndian, toByteOffset: 24, as: UInt64.self)
                raw.storeBytes(of: UInt64(length).littleEndian, toByteOffset: 32, as: UInt64.self)
                raw.storeBytes(of: sourceKey.littleEndian, toByteOffset: 40, as: UInt64.self)
                for slot in keys.indices where keys[slot] != 0 {
                    let at = LexiconImage.headerSize + slot * LexiconImage.slotSize
                    raw.storeBytes(of: keys[slot].littleEndian, toByteOffset: at, as: UInt64.self)
                    raw.storeBytes(of: stems[slot].littleEndian, toByteOffset: at + 8, as: UInt64.self)
                    raw.storeBytes(of: zipfs[slot].bitPattern.littleEndian, toByteOffset: at + 16, as: UInt32.self)
                    raw.storeBytes(of: flags[slot].rawValue.littleEndian, toByteOffset: at + 20, as: UInt32.self)
                }
            }
            return image
        }
    }
}
