import Foundation
import Glibc

/// Remembers the content key of a compiled model's source files beside their sizes, modification
/// times (nanoseconds) and inodes, in a small file of the cache folder, so that a run whose sources
/// are unchanged finds the key with one `stat` a file instead of reading and hashing every byte.
/// Any change of size, time or inode (an edit, a replaced file) hashes the contents again. The
/// stamp file is per compiled format, so builds of two formats never read each other's key.
public enum SourceStamp {
    /// A source file, and what it holds when the same file could be read two ways (its role).
    public struct Source: Sendable {
        public let path: String
        public let role: String

        public init(path: String, role: String = "") {
            self.path = path
            self.role = role
        }
    }

    /// The content key of `sources`: remembered, or computed by `hashContents` and remembered.
    /// `format` names the compiled format and its version ("gazetteer-7").
    public static func key(
        of sources: [Source], format: String, cacheDirectory: String, hashContents: () throws(PipelineError) -> UInt64
    ) throws(PipelineError) -> UInt64 {
        var stamp = ""
        var names = ContentHasher()
        format.utf8.withContiguousStorageIfAvailable { names.add(UnsafeRawBufferPointer($0)) }
        for source in sources {
            var status = stat()
            guard stat(source.path, &status) == 0 else {
                throw PipelineError("model file \(source.path) is missing or unreadable")
            }
            stamp += "\(source.path)\t\(source.role)\t\(status.st_size)\t\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)\t\(status.st_ino)\n"
            source.path.utf8.withContiguousStorageIfAvailable { names.add(UnsafeRawBufferPointer($0)) }
        }
        let path = cacheDirectory + "/stamp-" + String(names.value, radix: 16) + ".txt"
        if let saved = try? String(contentsOfFile: path, encoding: .utf8), saved.hasPrefix(stamp),
            let key = UInt64(saved.dropFirst(stamp.utf8.count).trimmingCharacters(in: .whitespacesAndNewlines), radix: 16) {
            return key
        }
        let key = try hashContents()
        try? CacheFile.write(Array((stamp + String(key, radix: 16) + "\n").utf8), to: path)
        return key
    }
}
