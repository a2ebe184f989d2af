import EnrichCore
import EnrichText
import Testing

@Suite("Tokens: ICU word breaks with the units later stages need")
struct TokenizerTests {
    let tokenizer: Tokenizer

    init() throws {
        tokenizer = try Tokenizer(language: "en", lexicon: englishLexicon)
    }

    /// Each token as "text/kind", kind abbreviated to w, n, p or s.
    func tokens(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return tokenizer.tokens(in: text).map { token in
            String(decoding: utf8[token.range.start..<token.range.end], as: UTF8.self) + "/"
                + String(token.kind.description.prefix(1))
        }
    }

    @Test func wordsAndPunctuationGetTheirKinds() {
        #expect(tokens("Oil fell, traders said.") == ["Oil/w", "fell/w", ",/p", "traders/w", "said/w", "./p"])
    }

    @Test func possessiveIsItsOwnToken() {
        #expect(tokens("Bytedance’s owner and Razer's server") == ["Bytedance/w", "’s/w", "owner/w", "and/w", "Razer/w", "'s/w", "server/w"])
    }

    @Test func hyphenatedWordsStayWhole() {
        #expect(tokens("state-backed crypto-jacking COVID-19") == ["state-backed/w", "crypto-jacking/w", "COVID-19/w"])
    }

    @Test func numberRangeWithAHyphenStaysSplit() {
        #expect(tokens("2019-2020") == ["2019/n", "-/p", "2020/n"])
    }

    @Test func numbersWithSeparatorsAndDecimalsStayWhole() {
        #expect(tokens("100,000 records, 3.5 percent") == ["100,000/n", "records/w", ",/p", "3.5/n", "percent/w"])
    }

    @Test func clockTimeIsOneNumber() {
        #expect(tokens("at 10:30 today") == ["at/w", "10:30/n", "today/w"])
    }

    @Test func typographicQuotesDashesAndEllipsesArePunctuation() {
        #expect(tokens("“Calm” — he said… ‘fine’ – §2 € + ©") == [
            "“/p", "Calm/w", "”/p", "—/p", "he/w", "said/w", "…/p", "‘/p", "fine/w", "’/p", "–/p", "§/p", "2/n",
            "€/s", "+/s", "©/s",
        ])
    }

    @Test func currencySignIsASymbolBeforeItsNumber() {
        #expect(tokens("$4.99") == ["$/s", "4.99/n"])
    }

    @Test func dottedAbbreviationKeepsItsPeriod() {
        #expect(tokens("U.S. and e.g. a.m.") == ["U.S./w", "and/w", "e.g./w", "a.m./w"])
    }

    @Test func listedAbbreviationKeepsItsPeriod() {
        #expect(tokens("Acme Inc. hired Dr. Lee") == ["Acme/w", "Inc./w", "hired/w", "Dr./w", "Lee/w"])
    }

    @Test func initialBeforeANameKeepsItsPeriod() {
        #expect(tokens("John F. Kennedy") == ["John/w", "F./w", "Kennedy/w"])
    }

    @Test func sentenceFinalPeriodAfterAnOrdinaryWordIsPunctuation() {
        #expect(tokens("It rained.") == ["It/w", "rained/w", "./p"])
    }

    @Test func webAddressIsOneSymbolWithoutTheFinalPeriod() {
        #expect(tokens("See https://www.example.com/news/a_b.html?id=4.") == ["See/w", "https://www.example.com/news/a_b.html?id=4/s", "./p"])
    }

    @Test func webAddressInParenthesesLeavesTheClosingBracket() {
        #expect(tokens("(www.example.org)") == ["(/p", "www.example.org/s", ")/p"])
    }

    @Test func emailAddressIsOneSymbol() {
        #expect(tokens("Write to press.desk@example.co.uk today.") == ["Write/w", "to/w", "press.desk@example.co.uk/s", "today/w", "./p"])
    }

    @Test func numberBeforeASentenceFinalPeriodLeavesItAsPunctuation() {
        #expect(tokens("Sales rose in 2019. Costs fell") == ["Sales/w", "rose/w", "in/w", "2019/n", "./p", "Costs/w", "fell/w"])
    }

    @Test func lineInAnotherScriptTokenizesLikeTheLinesAroundIt() {
        #expect(tokens("Oil fell.\nΑθήνα rose 3.5 percent.\nGas-fired plants closed.") == [
            "Oil/w", "fell/w", "./p", "Αθήνα/w", "rose/w", "3.5/n", "percent/w", "./p", "Gas-fired/w", "plants/w", "closed/w", "./p",
        ])
    }

    @Test func offsetsAreUTF8Bytes() {
        #expect(tokenizer.tokens(in: "Né 👍").map(\.range) == [TextRange(start: 0, end: 3), TextRange(start: 4, end: 8)])
    }
}
