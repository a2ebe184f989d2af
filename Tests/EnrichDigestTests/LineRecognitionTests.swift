import EnrichCore
import Testing
@testable import EnrichDigest

/// How single lines are read: dates, headlines, prose, labels and cues.
@Suite struct LineRecognitionTests {
    private func kind(_ line: String) -> LineKind {
        var line = line
        return line.withUTF8 { bytes in
            LineClassifier(bytes: bytes).classify(bytes.trimmedRange(0..<bytes.count))
        }
    }

    private func shape(_ line: String) -> LineShape {
        var line = line
        return line.withUTF8 { LineShape($0, 0..<$0.count) }
    }

    @Test(arguments: ["April 15, 2014", "Tue., Apr. 15", "15 April 2014", "2024-03-08", "Published: 04/15/2014 10:30 a.m. ET"])
    func datesAreDateLines(_ line: String) {
        #expect(kind(line) == .date)
    }

    @Test(arguments: ["April showers bring flowers to the valley", "May Day Parade Draws Crowds", "Route 9/11 Memorial"])
    func textWithAMonthNameIsNoDateLine(_ line: String) {
        #expect(kind(line) != .date)
    }

    @Test func headlineIsShortCapitalisedAndUnfinished() {
        #expect(shape("Regional Bank Reports Outage at ATMs").isHeadlineLike)
        #expect(shape("Ferry fares rise 10 percent in June").isHeadlineLike)
        #expect(!shape("Ferry fares will rise by 10 percent on June 1.").isHeadlineLike)
        #expect(!shape("the council voted").isHeadlineLike)
    }

    @Test func headlineMayEndWithAnAbbreviation() {
        #expect(shape("Sanctions Widen Against Firms in the U.S.").isHeadlineLike)
    }

    @Test func categoryLabelIsAllCapitals() {
        #expect(shape("DATA PROTECTION—U.S.").isAllCaps)
        #expect(!shape("Data Protection in the U.S.").isAllCaps)
    }

    @Test(arguments: [
        "Source (all external links):", "Source :", "Sources: Island Gazette", "(Source: Weather Desk)",
    ])
    func sourceLinesAreRecognised(_ line: String) {
        guard case .source = kind(line) else {
            Issue.record("\(line) is \(kind(line))")
            return
        }
    }

    @Test func headlineStartingWithSourceIsNoSourceLine() {
        guard case .text = kind("Source Code of Trading App Leaks Online") else {
            Issue.record("headline read as a source line")
            return
        }
    }

    @Test(arguments: [
        "Read full article here: https://example.com/a", "Full Story", "Continue reading", "Click “Continue reading” below.",
        "[Read more](https://example.com/b)", "https://example.com/c", "Read more »",
    ])
    func linkAndNavigationLinesAreRecognised(_ line: String) {
        guard case .link = kind(line) else {
            Issue.record("\(line) is \(kind(line))")
            return
        }
    }

    @Test func bylineNamesTheAuthorAfterItsCue() {
        var line = "— By Wire Desk Staff"
        let name = line.withUTF8 { bytes -> String? in
            guard case .byline(let name) = LineClassifier(bytes: bytes).classify(0..<bytes.count) else { return nil }
            return bytes.string(name)
        }
        #expect(name == "Wire Desk Staff")
    }

    @Test func sentenceStartingWithByIsNoByline() {
        guard case .text = kind("By Tuesday, the agency must respond to the court.") else {
            Issue.record("sentence read as a byline")
            return
        }
    }

    @Test func outletHeaderNeedsADate() {
        guard case .outlet = kind("Harbor Times, Wed 04/16:") else {
            Issue.record("no outlet header")
            return
        }
        guard case .text = kind("Meanwhile, in the harbor: boats") else {
            Issue.record("text read as outlet header")
            return
        }
    }
}
