import EnrichCore
import Foundation
import Glibc

/// Remembers the content key of a set of gazetteer sources beside their sizes, modification
/// times (nanoseconds) and inodes, in a small file of the cache folder, so that a run whose sources
/// are unchanged finds the key with one `stat` a file instead of hashing every byte.
/// Any change of size, time or inode (an edit, a replaced file) hashes the contents again. The
/// stamp file is per compiled format, so builds of two formats never read each other's key.
enum SourceStamp {
    static func key(
        of files: [GazetteerFile], cacheDirectory: String, hashContents: () throws(PipelineError) -> UInt64
    ) throws(PipelineError) -> UInt64 {
        var stamp = ""
        var names = ContentHasher()
        names.add(UInt64(GazetteerImage.formatVersion))
        for file in files {
            var status = stat()
            guard stat(file.path, &status) == 0 else {
                throw PipelineError("gazetteer file \(file.path) is missing or unreadable")
            }
            stamp += "\(file.path)\t\(file.kind)\t\(status.st_size)\t\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)\t\(status.st_ino)\n"
            file.path.utf8.withContiguousStorageIfAvailable { names.add(UnsafeRawBufferPointer($0)) }
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
