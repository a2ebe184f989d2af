import Testing

@testable import EnrichCore

@Suite struct JSONLineDecoderTests {
    private func decode(_ line: String) throws(JSONLineDecoder.Failure) -> JSONLineDecoder.Line {
        try Array(line.utf8).withUnsafeBufferPointer { buffer throws(JSONLineDecoder.Failure) in
            try JSONLineDecoder().decode(buffer)
        }
    }

    private func failure(_ line: String) -> String? { failure(bytes: Array(line.utf8)) }

    private func failure(bytes: [UInt8]) -> String? {
        do {
            _ = try bytes.withUnsafeBufferPointer { buffer throws(JSONLineDecoder.Failure) in
                try JSONLineDecoder().decode(buffer)
            }
            return nil
        } catch {
            return error.message
        }
    }

    @Test func readsTextAndStringID() throws {
        let line = try decode(#"{"id": "a-1", "text": "Oracle reached a deal."}"#)
        #expect(line.id == .string("a-1"))
        #expect(line.text == "Oracle reached a deal.")
    }

    @Test func keepsANumericIDAsWritten() throws {
        #expect(try decode(#"{"id": 7.50, "text": "x"}"#).id == .number("7.50"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let line = try decode(#"{"text": "a\"b\\c\n\u00e9\ud83c\udf89\/"}"#)
        #expect(line.text == "a\"b\\c\né🎉/")
    }

    @Test func aLoneSurrogateBecomesTheReplacementCharacter() throws {
        #expect(try decode(#"{"text": "Pay\ud83c now \udf89."}"#).text == "Pay\u{FFFD} now \u{FFFD}.")
    }

    @Test func escapesAtBothEndsOfALongTextAreDecoded() throws {
        let body = String(repeating: "Markets rallied on Tuesday. ", count: 20)
        let line = try decode(#"{"text": "\"Quote\" "# + body + #"\u2014 the end\n"}"#)
        #expect(line.text == "\"Quote\" " + body + "\u{2014} the end\n")
    }

    @Test func invalidUTF8AfterAnEscapeIsAnError() {
        var bytes = Array(#"{"text": "caf\n"#.utf8)
        bytes.append(0xC3)
        bytes.append(contentsOf: Array(#"x"}"#.utf8))
        #expect(failure(bytes: bytes) == "invalid UTF-8")
    }

    @Test func passesOtherFieldsThroughAsRawJSON() throws {
        let line = try decode(#"{"lang":"de", "text":"x", "meta": {"k": [1, 2.5e3, null]}}"#)
        let fields = line.passthrough.fields.map { ($0.key, String(decoding: $0.rawJSON, as: UTF8.self)) }
        #expect(fields.map(\.0) == ["lang", "meta"])
        #expect(fields.map(\.1) == [#""de""#, #"{"k": [1, 2.5e3, null]}"#])
    }

    @Test func dropsFieldsNamedLikeOutputFields() throws {
        let line = try decode(#"{"text":"x","entities":[],"summary":[1],"schema":9,"keep":1}"#)
        #expect(line.passthrough.fields.map(\.key) == ["keep"])
    }

    @Test func missingTextIsAnError() {
        #expect(failure(#"{"id": "b3"}"#) == #"no "text" field"#)
    }

    @Test func nonStringTextIsAnError() {
        #expect(failure(#"{"text": 42}"#) == #""text" is not a string"#)
    }

    @Test func brokenJSONNamesWhereItBroke() {
        #expect(failure(#"{"id":"b2", "text": "#)?.hasPrefix("broken JSON at byte") == true)
        #expect(failure(#"{"text": "x"} trailing"#)?.contains("unexpected data") == true)
        #expect(failure(#"["text"]"#)?.hasPrefix("broken JSON") == true)
    }

    @Test func invalidUTF8IsAnError() {
        let bytes: [UInt8] = Array(#"{"text":"bad "#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        #expect(failure(bytes: bytes) == "invalid UTF-8")
    }

    @Test func aScalarCutShortBeforeTheClosingQuoteIsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"text":"a long enough plain run "#.utf8) + [0xE2, 0x80] + Array(#""}"#.utf8)
        #expect(failure(bytes: bytes) == "invalid UTF-8")
    }

    @Test func anOverlongFormInAnotherFieldIsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"text":"ok","source":"wire "#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)
        #expect(failure(bytes: bytes) == "invalid UTF-8")
    }

    @Test func multiByteTextIsReadUnchanged() throws {
        let text = "Zürich’s “Quai” — €5bn deal 🎉 closes"
        let line = try decode(#"{"text":""# + text + #"\n","id":"Genève"}"#)
        #expect(line.text == text + "\n")
        #expect(line.text.unicodeScalars.count == text.unicodeScalars.count + 1)
        #expect(line.id == .string("Genève"))
    }

    @Test func rawControlCharacterInAStringIsAnError() {
        #expect(failure("{\"text\": \"a\u{1}b\"}")?.contains("control character") == true)
    }

    @Test func idOfAnotherTypeIsAnError() {
        #expect(failure(#"{"id": [1], "text": "x"}"#) == #""id" must be a string or a number"#)
    }
}
