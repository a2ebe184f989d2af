import EnrichCore
import Foundation
import Glibc

/// Finds or builds the compiled gazetteer for a set of source files, in `ModelStore.cacheDirectory`.
///
/// The cache file is named by a hash of the sources' bytes (and the format version), so editing a
/// source builds a new file on the next run. A build writes a temporary file and renames it into
/// place, so concurrent runs never see half a file: each either maps a finished file or builds
/// its own and renames it over an identical one. A cache file that fails to validate is rebuilt.
/// Hashing large sources on every run would cost more than mapping them, so the key is remembered
/// beside each set of sources' sizes, modification times and inodes (`SourceStamp`).
public enum GazetteerCache {
    /// The compiled gazetteer of `files`, mapped from the cache (built there first when needed).
    public static func load(_ files: [GazetteerFile], cacheDirectory: String) throws(PipelineError) -> CompiledGazetteer {
        let key = try SourceStamp.key(of: files, cacheDirectory: cacheDirectory) { () throws(PipelineError) in
            try sourceKey(files)
        }
        let path = cacheDirectory + "/gazetteer-" + String(key, radix: 16) + ".bin"
        if let cached = try? CompiledGazetteer(mapping: path), cached.sourceKey == key {
            return cached
        }
        let image = try GazetteerCompiler.compile(files, sourceKey: key)
        try write(image, to: path)
        return try CompiledGazetteer(mapping: path)
    }

    /// A hash of every source's path kind and bytes, and of the compiled format's version.
    public static func sourceKey(_ files: [GazetteerFile]) throws(PipelineError) -> UInt64 {
        var hasher = ContentHasher()
        hasher.add(UInt64(GazetteerImage.formatVersion))
        for file in files {
            switch file.kind {
            case .entities: hasher.add(0)
            case .words(let wordClass): hasher.add(wordClass.rawValue)
            }
            let bytes = try file.contents()
            hasher.add(UInt64(bytes.count))
            bytes.withUnsafeBytes { hasher.add($0) }
        }
        return hasher.value
    }

    static func write(_ image: [UInt8], to path: String) throws(PipelineError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError("cannot create the cache folder \(folder): \(error.localizedDescription)")
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PipelineError("cannot write the compiled gazetteer \(temporary)") }
        let written = image.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw PipelineError("cannot write the compiled gazetteer \(path)")
        }
    }
}

/// A fast 64-bit hash of file contents, eight bytes at a time (for cache keys, not security).
struct ContentHasher {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01B3
        value ^= value >> 29
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            add(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        add(tail)
    }
}
