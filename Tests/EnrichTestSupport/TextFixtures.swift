import EnrichCore
import EnrichKeywords
import EnrichText

/// Documents prepared as the pipeline hands them to later stages (sentences and tokens), and
/// the keyword lexicon, from this checkout's models.
public enum TextFixtures {
    /// The models folder of this checkout.
    public static func models() throws -> ModelStore { try ModelStore.locate() }

    /// The keyword lexicon (word frequencies and stopwords), loaded once.
    public static let lexicon: Lexicon = {
        do {
            return try Lexicon.load(from: models())
        } catch {
            fatalError("the models folder of this checkout cannot be loaded: \(error)")
        }
    }()

    /// `text` with its sentences and tokens.
    public static func document(_ text: String, id: String = "test") throws -> Document {
        var document = Document(id: .string(id), text: text)
        try SentenceStage(models: models()).process(&document)
        try TokenStage(models: models()).process(&document)
        return document
    }

    /// The article records of an archive that holds several digests, one per day, numbered as
    /// the digest stage numbers them: each day's articles 1, 2, 3... under "Digest (3/<day>)".
    public static func archive(_ days: [[String]]) throws -> [Document] {
        var documents: [Document] = []
        for (day, articles) in days.enumerated() {
            for (index, text) in articles.enumerated() {
                var document = try self.document(text, id: "archive#\(documents.count + 1)")
                document.digest = DigestInfo(title: "Digest (3/\(day + 1))", article: index + 1, articles: articles.count)
                documents.append(document)
            }
        }
        return documents
    }
}
