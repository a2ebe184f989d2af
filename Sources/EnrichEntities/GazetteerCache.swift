import EnrichCore

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
        let sources = files.map { SourceStamp.Source(path: $0.path, role: $0.kind.role) }
        let format = "gazetteer-\(GazetteerImage.formatVersion)"
        let key = try SourceStamp.key(of: sources, format: format, cacheDirectory: cacheDirectory) { () throws(PipelineError) in
            try sourceKey(files)
        }
        let path = cacheDirectory + "/gazetteer-" + String(key, radix: 16) + ".bin"
        if let cached = try? CompiledGazetteer(mapping: path), cached.sourceKey == key {
            return cached
        }
        let image = try GazetteerCompiler.compile(files, sourceKey: key)
        try CacheFile.write(image, to: path)
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
}
