import EnrichCore
import EnrichText

/// The sources model compiled: the lexicon and the gazetteer with their tables laid out as they
/// are used, so that a run reads them back without splitting a line, tokenizing an alias or
/// hashing a word (building them took 30M instructions at every start).
///
/// Layout: magic, format version, the key of the sources it was built from, then the lexicon's
/// and the gazetteer's tables (`Lexicon.encode`, `SourceGazetteer.encode`).
struct SourcesImage {
    let lexicon: Lexicon
    let gazetteer: SourceGazetteer

    static let magic: UInt64 = 0x5352_5443_5454_4145
    static let formatVersion: UInt64 = 1

    /// A hash of the word tables written in code (the grammar, the cue verbs), which the image
    /// holds compiled: a change to them names another cache file.
    static let codeKey: UInt64 = {
        var hasher = ContentHasher()
        func add(_ text: String) {
            hasher.add(UInt64(text.utf8.count))
            var copy = text
            copy.withUTF8 { hasher.add(UnsafeRawBufferPointer($0)) }
        }
        for (words, wordClass) in Lexicon.grammar {
            add(words)
            hasher.add(UInt64(wordClass.rawValue))
        }
        for (word, verb) in CueVerb.all { add(word + " " + verb.lemma) }
        return hasher.value
    }()

    init(lexicon: Lexicon, gazetteer: SourceGazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Builds the lexicon and the gazetteer from the sources model in `models`; fails naming the
    /// file that is missing or malformed.
    static func build(from models: ModelStore) throws(PipelineError) -> SourcesImage {
        let file: (String) -> String = { models.directory + "/" + $0 }
        let lexicon = try Lexicon(descriptions: models.lines("sources/descriptions.tsv"),
                                  nameWords: models.lines("sources/name-words.tsv"), file: file)
        let tokenizer: Tokenizer
        do {
            tokenizer = try Tokenizer(language: "en", lexicon: SentenceLexicon.load(from: models, language: "en"))
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError("cannot build the tokenizer for the sources model: \(error)")
        }
        let gazetteer = try SourceGazetteer(
            outlets: models.lines("sources/outlets.tsv"), organizations: models.lines("sources/organizations.tsv"),
            file: file, tokenize: { words(of: $0, tokenizer: tokenizer) })
        return SourcesImage(lexicon: lexicon, gazetteer: gazetteer)
    }

    /// The lexicon keys of the words of an alias, split like document text (by the `tokens`
    /// stage's tokenizer) and read like it (`DocumentView`).
    private static func words(of alias: String, tokenizer: Tokenizer) -> [PackedWord] {
        var document = Document(id: "alias", text: alias)
        document.tokens = document.withUTF8 { tokenizer.tokens(in: $0) }
        return document.withUTF8 { utf8 in
            DocumentView.mergingPossessives(document.tokens ?? [], utf8).compactMap { token in
                let end = DocumentView.possessiveSuffix(utf8, token.range).map { token.range.end - $0 } ?? token.range.end
                return PackedWord(utf8, token.range.start..<end)
            }
        }
    }

    /// Reads an image; fails when it is not one of this format built from the sources `sourceKey`.
    init(decoding bytes: UnsafeRawBufferPointer, sourceKey: UInt64) throws(PipelineError) {
        var image = ImageReader(bytes)
        guard try image.integer() == Self.magic, try image.integer() == Self.formatVersion,
              try image.integer() == sourceKey else { throw ImageReader.damaged }
        lexicon = try Lexicon(decoding: &image)
        gazetteer = try SourceGazetteer(decoding: &image)
        guard image.isAtEnd else { throw ImageReader.damaged }
    }

    /// The image's bytes, marked as built from the sources `sourceKey`.
    func encoded(sourceKey: UInt64) -> [UInt8] {
        var image = ImageWriter()
        image.append(Self.magic)
        image.append(Self.formatVersion)
        image.append(sourceKey)
        lexicon.encode(into: &image)
        gazetteer.encode(into: &image)
        return image.bytes
    }
}
