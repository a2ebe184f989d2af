import Foundation
import Glibc

/// Writes compiled models into the cache folder so that concurrent runs never see half a file:
/// the bytes go to a temporary file beside the target, which is then renamed into place. Two
/// runs building the same model each rename an identical file over the other's.
public enum CacheFile {
    /// Writes `bytes` to `path` atomically, creating the folder when needed.
    public static func write(_ bytes: [UInt8], to path: String) throws(PipelineError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError("cannot create the cache folder \(folder): \(error.localizedDescription)")
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PipelineError("cannot write the cache file \(temporary)") }
        let written = bytes.withUnsafeBytes { raw -> Bool in
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
            throw PipelineError("cannot write the cache file \(path)")
        }
    }
}
