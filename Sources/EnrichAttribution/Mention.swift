/// A source mention found next to a cue, before it is resolved to a source.
struct Mention: Equatable {
    /// What the mention is made of, which decides how it is resolved.
    enum Form: Equatable {
        /// "he", "it", "they": refers to a source named before.
        case pronoun
        /// A capitalized name ("The Associated Press", "Commerce Secretary Wilbur Ross").
        case name
        /// A noun phrase with a common noun as head ("the magazine", "two sources familiar with
        /// the matter", "The Justice Department’s filing"); `head` is the head noun's token.
        case description(head: Int)
    }

    /// The mention's tokens.
    var tokens: Range<Int>
    var form: Form
}
