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
}
