import EnrichCore
import EnrichText
import Testing

@Suite("Sentence segmentation: ICU breaks refined by English rules")
struct SentenceSegmenterTests {
    @Test func plainSentencesEndAtTheirFinalMark() {
        #expect(sentences("Markets fell on Monday. Oil rose? Traders were surprised!")
            == ["Markets fell on Monday.", "Oil rose?", "Traders were surprised!"])
    }

    @Test func titleBeforeANameDoesNotEndTheSentence() {
        #expect(sentences("The bill was backed by Sen. Maria Lopez and Gov. Tom Reed on Friday.")
            == ["The bill was backed by Sen. Maria Lopez and Gov. Tom Reed on Friday."])
    }

    @Test func militaryTitleInCapitalsDoesNotEndTheSentence() {
        #expect(sentences("STATEMENT OF GEN. ROBERT HALL ON THE BUDGET.") == ["STATEMENT OF GEN. ROBERT HALL ON THE BUDGET."])
    }

    @Test func monthBeforeANumberDoesNotEndTheSentence() {
        #expect(sentences("The group sued on Aug. 22 in federal court.") == ["The group sued on Aug. 22 in federal court."])
    }

    @Test func numberAbbreviationBeforeADigitDoesNotEndTheSentence() {
        #expect(sentences("The ruling is on p. 12 of the filing, under No. 4.")
            == ["The ruling is on p. 12 of the filing, under No. 4."])
    }

    @Test func countryAbbreviationBeforeANameDoesNotEndTheSentence() {
        #expect(sentences("According to a U.S. Justice Department document, the ban is narrow.")
            == ["According to a U.S. Justice Department document, the ban is narrow."])
    }

    @Test func countryAbbreviationBeforeASentenceStarterEndsTheSentence() {
        #expect(sentences("The app is popular in the U.K. The company plans to expand.")
            == ["The app is popular in the U.K.", "The company plans to expand."])
    }

    @Test func stateAbbreviationBeforeAPronounEndsTheSentence() {
        #expect(sentences("The suit was filed in Hartford, Conn. It seeks damages.")
            == ["The suit was filed in Hartford, Conn.", "It seeks damages."])
    }

    @Test func stateAbbreviationBeforeANameDoesNotEndTheSentence() {
        #expect(sentences("A judge in the Portland, Ore. Circuit Court ruled Friday.")
            == ["A judge in the Portland, Ore. Circuit Court ruled Friday."])
    }

    @Test func companySuffixBeforeALowercaseWordDoesNotEndTheSentence() {
        #expect(sentences("Shares of Acme Corp. rose 4 percent.") == ["Shares of Acme Corp. rose 4 percent."])
    }

    @Test func companySuffixBeforeAPronounEndsTheSentence() {
        #expect(sentences("The data was sold to Brightline Ltd. It denied any wrongdoing.")
            == ["The data was sold to Brightline Ltd.", "It denied any wrongdoing."])
    }

    @Test func clockAbbreviationBeforeATitleEndsTheSentence() {
        #expect(sentences("The hearing ended at 4 p.m. Mr. Diaz left the court.")
            == ["The hearing ended at 4 p.m.", "Mr. Diaz left the court."])
    }

    @Test func shortOpeningTimePhraseDoesNotEndAtItsAbbreviation() {
        #expect(sentences("At 9 a.m. Ms. Patel opened the session.") == ["At 9 a.m. Ms. Patel opened the session."])
    }

    @Test func commonWordSpelledLikeACapitalizedAbbreviationEndsTheSentence() {
        #expect(sentences("Crowds waited in the sun. Vendors sold water.") == ["Crowds waited in the sun.", "Vendors sold water."])
    }

    @Test func capitalizedDayAbbreviationBeforeADateDoesNotEndTheSentence() {
        #expect(sentences("Polls open Sun. Nov. 8 across the state.") == ["Polls open Sun. Nov. 8 across the state."])
    }

    @Test func inlineAbbreviationNeverEndsTheSentence() {
        #expect(sentences("Some apps (e.g. The Daily Planner) were removed.")
            == ["Some apps (e.g. The Daily Planner) were removed."])
    }

    @Test func middleInitialDoesNotEndTheSentence() {
        #expect(sentences("The report was written by Laura K. Benson last year.")
            == ["The report was written by Laura K. Benson last year."])
    }

    @Test func initialBeforeAQuestionWordEndsTheSentence() {
        #expect(sentences("The winner was team B. Who will face them next?")
            == ["The winner was team B.", "Who will face them next?"])
    }

    @Test func abbreviationThatICUKeepsIsStillASentenceEnd() {
        #expect(sentences("He left the Sea Org. He now lives abroad.") == ["He left the Sea Org.", "He now lives abroad."])
    }

    @Test func decimalsVersionsAndAddressesDoNotEndTheSentence() {
        #expect(sentences("Version 2.4.1 of the app, at 10.0.0.12 and https://news.example.org/a.html, costs $4.99 now.")
            == ["Version 2.4.1 of the app, at 10.0.0.12 and https://news.example.org/a.html, costs $4.99 now."])
    }

    @Test func emailAddressAtTheEndOfASentence() {
        #expect(sentences("Tips go to Tips.Desk@example.com. The desk replies daily.")
            == ["Tips go to Tips.Desk@example.com.", "The desk replies daily."])
    }

    @Test func sentenceGluedToThePeriodBeforeIt() {
        #expect(sentences("The vote passed.Critics were furious.") == ["The vote passed.", "Critics were furious."])
    }

    @Test func closingQuoteBelongsToTheSentenceItEnds() {
        #expect(sentences("“We will appeal.” The firm said nothing more.")
            == ["“We will appeal.”", "The firm said nothing more."])
    }

    @Test func quotedSentenceFollowedByLowercaseContinues() {
        #expect(sentences("\"We will appeal!\" she said after the ruling.")
            == ["\"We will appeal!\" she said after the ruling."])
    }

    @Test func exclamationNameDoesNotEndTheSentence() {
        #expect(sentences("He worked at Yahoo! for a decade.") == ["He worked at Yahoo! for a decade."])
    }

    @Test func repeatedMarksEndTheSentenceOnce() {
        #expect(sentences("Really?! Nobody expected that.") == ["Really?!", "Nobody expected that."])
    }

    @Test func parenthesisWithWholeSentencesStaysInsideItsSentence() {
        #expect(sentences("The mayor (She took office in May. She is 41.) spoke first.")
            == ["The mayor (She took office in May. She is 41.) spoke first."])
    }

    @Test func footnoteMarkBelongsToTheSentenceBefore() {
        #expect(sentences("The bridge opened in 1932. [4] It was rebuilt later.")
            == ["The bridge opened in 1932. [4]", "It was rebuilt later."])
    }

    @Test func spacedEllipsisInsideASentenceDoesNotEndIt() {
        #expect(sentences("The minister said . . . I will not resign today.")
            == ["The minister said . . . I will not resign today."])
    }

    @Test func fourSpacedDotsEndTheSentence() {
        #expect(sentences("The talks stalled . . . . Then both sides left.")
            == ["The talks stalled . . . .", "Then both sides left."])
    }

    @Test func periodBeforeASpacedEllipsisEndsTheSentenceAndTheEllipsisOpensTheNext() {
        #expect(sentences("The deal collapsed. . . . The buyers walked away.")
            == ["The deal collapsed.", ". . . The buyers walked away."])
    }

    @Test func bracketedEllipsisBeforeACitationDoesNotEndTheSentence() {
        #expect(sentences("\"The law [...] was never enforced [...]\" (Report 12).")
            == ["\"The law [...] was never enforced [...]\" (Report 12)."])
    }

    @Test func numberedItemsInOneLineAreSentences() {
        #expect(sentences("1. Check the logs 2. Rotate the keys 3. Tell the users")
            == ["1. Check the logs", "2. Rotate the keys", "3. Tell the users"])
    }

    @Test func parenthesisNumberedItemsAreSentences() {
        #expect(sentences("1) Update the router 2) Change the password")
            == ["1) Update the router", "2) Change the password"])
    }

    @Test func letteredItemsAreSentences() {
        #expect(sentences("a. Freeze the accounts b. Notify the bank")
            == ["a. Freeze the accounts", "b. Notify the bank"])
    }

    @Test func bulletedItemsAreSentences() {
        #expect(sentences("• 4. Patch the server • 5. Reset the tokens")
            == ["• 4. Patch the server", "• 5. Reset the tokens"])
    }

    @Test func loneNumberAfterAPeriodIsNoListItem() {
        #expect(sentences("The team finished in 3. Place was enough.") == ["The team finished in 3.", "Place was enough."])
    }

    @Test func headlineLineWithoutPunctuationIsASentence() {
        #expect(sentences("Hackers Hit Regional Bank\nThe bank said no data was taken.")
            == ["Hackers Hit Regional Bank", "The bank said no data was taken."])
    }

    @Test func abbreviationInsideAHeadlineDoesNotEndIt() {
        #expect(sentences("Regulators Fine Acme Corp. Over Data Leak\nThe fine is the largest this year.")
            == ["Regulators Fine Acme Corp. Over Data Leak", "The fine is the largest this year."])
    }

    @Test func linesWithoutPunctuationAreSentencesEvenInLowercase() {
        #expect(sentences("highlights\nnew app store rules\nprivacy changes\n")
            == ["highlights", "new app store rules", "privacy changes"])
    }

    @Test func lineWrappedInsideASentenceIsJoined() {
        #expect(sentences("The regulator said the firm had been\nwarned twice before the leak.")
            == ["The regulator said the firm had been\nwarned twice before the leak."])
    }

    @Test func titleBeforeALineBreakEndsTheLine() {
        #expect(sentences("Signed by the Rev.\nThe council thanked him.") == ["Signed by the Rev.", "The council thanked him."])
    }

    @Test func sentencesCoverTheTextAndDoNotOverlap() {
        let text = "  Hackers Hit Bank\n\nThe U.S. bank said Tuesday.It was 9 a.m. Nobody knew . . . ok?  "
        let utf8 = Array(text.utf8)
        let ranges = englishSegmenter.sentences(in: text)
        var previousEnd = 0
        for range in ranges {
            #expect(range.start >= previousEnd && range.start < range.end)
            #expect(utf8[previousEnd..<range.start].allSatisfy { $0 == 0x20 || $0 == 0x0A })
            #expect(utf8[range.start] != 0x20 && utf8[range.end - 1] != 0x20)
            previousEnd = range.end
        }
        #expect(utf8[previousEnd...].allSatisfy { $0 == 0x20 || $0 == 0x0A })
    }

    @Test func offsetsAreUTF8BytesAfterAccentsAndEmoji() {
        let text = "Café owners 👍 agreed. Señora Núñez did not."
        #expect(englishSegmenter.sentences(in: text) == [TextRange(start: 0, end: 25), TextRange(start: 26, end: 50)])
    }

    @Test func languageWithoutLexiconKeepsICUBreaks() throws {
        let german = try SentenceSegmenter(language: "de", lexicon: nil)
        #expect(sentences("Das Gericht tagte. Die Firma schwieg.", segmenter: german)
            == ["Das Gericht tagte.", "Die Firma schwieg."])
    }
}
