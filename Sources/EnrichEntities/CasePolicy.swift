/// When a gazetteer name found by its normalized form counts as a mention, given how it is
/// written in the text.
///
/// - An acronym in the list ("AP", "FBI") counts only in capitals.
/// - Any other name must start with a capital letter (or a digit), unless the list writes it
///   with a small letter too ("eBay"); every further word of it must be capitalized too, except
///   short connectors ("of", "de", "and").
/// - The common-word guard: a one-word name that is also an ordinary English word ("Target",
///   "Sunday" the evangelist) counts only when it is capitalized *and* neither sentence-initial
///   nor in a line of capitals or a title-case headline; otherwise it is `guarded`, and counts
///   only when the same entity is found elsewhere in the document (other evidence).
enum CasePolicy {
    enum Verdict { case accept, guarded, reject }

    static func judge(tokens: [MatchToken], first: Int, last: Int, flags: NameFlags) -> Verdict {
        let head = tokens[first].shape
        if flags.contains(.acronym) {
            for index in first...last where tokens[index].shape.contains(.word) {
                guard tokens[index].shape.contains(.allCaps) else { return .reject }
            }
            if flags.contains(.commonWord), head.contains(.allCapsContext) { return .guarded }
            return .accept
        }
        if !head.contains(.capitalized) {
            guard flags.contains(.lowerInitial), !flags.contains(.commonWord) else { return .reject }
        }
        if last > first {
            for index in (first + 1)...last where tokens[index].shape.contains(.word) {
                let shape = tokens[index].shape
                guard shape.contains(.capitalized) || shape.contains(.connector) else { return .reject }
            }
        }
        if flags.contains(.commonWord),
            head.contains(.sentenceInitial) || head.contains(.allCapsContext) || head.contains(.titleCaseLine) {
            return .guarded
        }
        return .accept
    }
}
