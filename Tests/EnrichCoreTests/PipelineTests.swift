import Testing

@testable import EnrichCore

/// Test stages: each adds a field naming itself, so the run order shows in the document.
private struct Marker: DocumentStage {
    let name: String
    var requires: Set<Layer> = []
    var provides: Set<Layer> = []

    func process(_ document: inout Document) {
        let trail: String = if case .string(let s)? = document.fields.first(where: { $0.key == "trail" })?.value { s } else { "" }
        document.setField("trail", .string(trail + name))
    }
}

/// Splits a document at blank lines, as a digest splitter would.
private struct ParagraphSplitter: Stage {
    let provides: Set<Layer> = [.articles]

    func process(_ documents: inout [Document]) {
        documents = documents.flatMap { document in
            document.text.split(separator: "\n\n").enumerated().map { index, paragraph in
                var article = document
                article.id = document.id.article(index + 1)
                article.text = String(paragraph)
                return article
            }
        }
    }
}

@Suite struct PipelineTests {
    @Test func runsStagesInOrder() throws {
        let pipeline = try Pipeline([Marker(name: "a"), Marker(name: "b")])
        let output = try pipeline.run(Document(id: "d", text: "x"))
        #expect(output.first?.fields.first?.value == "ab")
    }

    @Test func rejectsARequirementNoEarlierStageProvides() {
        let late = Pipeline.Step(name: "late", stage: Marker(name: "t", provides: [.tokens]))
        let needy = Pipeline.Step(name: "needy", stage: Marker(name: "e", requires: [.tokens]))
        #expect {
            try Pipeline([needy, late])
        } throws: { error in
            "\(error)" == "stage 'needy' requires tokens, which no earlier stage provides: move 'late' before 'needy'"
        }
    }

    @Test func acceptsARequirementAnEarlierStageProvides() throws {
        _ = try Pipeline([Marker(name: "t", provides: [.tokens]), Marker(name: "e", requires: [.tokens])])
    }

    @Test func aSplittingStageTurnsOneDocumentIntoArticlesWithTheirOwnIDs() throws {
        let pipeline = try Pipeline([ParagraphSplitter(), Marker(name: "m")])
        let output = try pipeline.run(Document(id: "digest", text: "First.\n\nSecond."))
        #expect(output.map(\.id) == ["digest#1", "digest#2"])
        #expect(output.map(\.text) == ["First.", "Second."])
    }
}

@Suite struct StageRegistryTests {
    private let registry = StageRegistry([
        StageFactory(
            name: "marker", summary: "adds a marker",
            parameters: [
                Parameter("label", .string, default: "m", help: "marker text"),
                Parameter("repeat", .integer(1...3), default: 1, help: "how often"),
                Parameter("mode", .choice(["a", "b"]), default: "a", help: "mode"),
            ]
        ) { parameters, _ in
            Marker(name: String(repeating: parameters.string("label"), count: parameters.int("repeat")))
        }
    ])
    private let context = StageContext(models: ModelStore(directory: "/nonexistent", cacheDirectory: "/tmp"))

    @Test func unknownStageListsTheValidNames() {
        #expect {
            try registry.makeStage(named: "markr", context: context)
        } throws: { "\($0)" == "unknown stage 'markr'; valid stages: marker" }
    }

    @Test func unknownParameterListsTheValidOnes() {
        #expect {
            try registry.makeStage(named: "marker", parameters: ["colour": "red"], context: context)
        } throws: { "\($0)" == "stage 'marker' has no parameter 'colour'; valid parameters: label, repeat, mode" }
    }

    @Test func outOfRangeValueIsRejected() {
        #expect {
            try registry.makeStage(named: "marker", parameters: ["repeat": "9"], context: context)
        } throws: { "\($0)" == "stage 'marker': parameter 'repeat': 9 is out of range (expected integer 1...3)" }
    }

    @Test func invalidChoiceNamesTheChoices() {
        #expect {
            try registry.makeStage(named: "marker", parameters: ["mode": "c"], context: context)
        } throws: { "\($0)" == "stage 'marker': parameter 'mode': 'c' is not one of the choices (expected a|b)" }
    }

    @Test func parametersReachTheFactory() throws {
        let step = try registry.makeStage(named: "marker", parameters: ["label": "x", "repeat": "2"], context: context)
        let output = try Pipeline([step]).run(Document(id: "d", text: ""))
        #expect(output.first?.fields.first?.value == "xx")
    }

    @Test func yamlDefinitionBuildsWithOverridesForDeclaredParametersOnly() throws {
        let definition = try PipelineDefinition.parse(yaml: """
            stages:
              - marker
              - name: marker
                label: y
            """, source: "test.yaml")
        let pipeline = try definition.build(registry: registry, context: context,
                                            overrides: ["repeat": "3", "split": "none"])
        let output = try pipeline.run(Document(id: "d", text: ""))
        #expect(output.first?.fields.first?.value == "mmmyyy")
    }

    @Test func yamlScalarsReachTheStageAsWritten() throws {
        let definition = try PipelineDefinition.parse(yaml: """
            stages:
              - name: marker
                label: "off"
                repeat: 0x2
              - name: marker
                label: null
                repeat: 1
            """, source: "test.yaml")
        #expect(definition.stages.map { $0.parameters["label"] } == [.scalar("off"), .scalar("null")])
        #expect(definition.stages.first?.parameters["repeat"] == .scalar("0x2"))
    }

    @Test func yamlErrorsNameFileAndLine() throws {
        let definition = try PipelineDefinition.parse(yaml: """
            stages:
              - marker
              - name: marker
                colour: red
            """, source: "p.yaml")
        #expect {
            try definition.build(registry: registry, context: context)
        } throws: { "\($0)".hasPrefix("p.yaml:3: stage 'marker' has no parameter 'colour'") }
    }

    @Test func yamlWithoutAStagesListIsRejected() {
        #expect {
            try PipelineDefinition.parse(yaml: "steps: [marker]\n", source: "p.yaml")
        } throws: { "\($0)" == "p.yaml:1: unknown key 'steps'; valid keys: stages" }
    }
}
