import EnrichCore
import EnrichText

/// The English lexicon from the checkout's `models/` folder, loaded once for all tests.
let englishLexicon: SentenceLexicon = {
    do {
        return try SentenceLexicon.load(from: ModelStore.locate(), language: "en")
    } catch {
        fatalError("cannot load the English sentence lexicon: \(error)")
    }
}()

let englishSegmenter: SentenceSegmenter = {
    do {
        return try SentenceSegmenter(language: "en", lexicon: englishLexicon)
    } catch {
        fatalError("cannot open the English segmenter: \(error)")
    }
}()

/// The sentences `segmenter` finds in `text`, as strings.
func sentences(_ text: String, segmenter: SentenceSegmenter = englishSegmenter) -> [String] {
    let utf8 = Array(text.utf8)
    return segmenter.sentences(in: text).map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) }
}
