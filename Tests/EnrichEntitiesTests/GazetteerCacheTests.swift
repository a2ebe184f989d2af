import EnrichCore
import EnrichEntities
import Foundation
import Testing

@Suite struct GazetteerCacheTests {
    @Test func editingASourceRebuildsTheCompiledGazetteer() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Trains to Veloria ran late.", options: .listsOnly) == [])
        try gazetteer.write("entities.tsv", TestGazetteer.entities + "Veloria\tGPE\tgeo:veloria\t\n")
        #expect(try gazetteer.tag("Trains to Veloria ran late.", options: .listsOnly)
            == [Mention("Veloria", "GPE", "geo:veloria")])
        let compiled = try FileManager.default.contentsOfDirectory(atPath: gazetteer.cache).filter { $0.hasSuffix(".bin") }
        #expect(compiled.count == 2)
    }

    @Test func aDamagedCacheFileIsRebuilt() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        _ = try GazetteerCache.load(gazetteer.files, cacheDirectory: gazetteer.cache)
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: gazetteer.cache).first)
        try Data("ENRGAZ01 but cut short".utf8).write(to: URL(fileURLWithPath: gazetteer.cache + "/" + name))
        let reloaded = try GazetteerCache.load(gazetteer.files, cacheDirectory: gazetteer.cache)
        #expect(reloaded.entityCount == 11)
    }

    @Test func aMalformedGazetteerLineIsAnErrorNamingTheFileAndLine() throws {
        let gazetteer = try TestGazetteer(entities: "Acme\tORG\torg:acme\nBroken line without tabs\n")
        defer { gazetteer.remove() }
        let error = #expect(throws: PipelineError.self) {
            try GazetteerCache.load(gazetteer.files, cacheDirectory: gazetteer.cache)
        }
        #expect(error?.description.contains("entities.tsv line 2") == true)
    }

    @Test func anUnknownLabelIsAnErrorNamingTheFile() throws {
        let gazetteer = try TestGazetteer(entities: "Acme\tCOMPANY\torg:acme\n")
        defer { gazetteer.remove() }
        let error = #expect(throws: PipelineError.self) {
            try GazetteerCache.load(gazetteer.files, cacheDirectory: gazetteer.cache)
        }
        #expect(error?.description.contains("unknown label 'COMPANY'") == true)
    }

    @Test func aMissingGazetteerFileIsAnErrorNamingIt() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let files = gazetteer.files + [GazetteerFile(path: gazetteer.folder + "/absent.tsv", kind: .entities)]
        let error = #expect(throws: PipelineError.self) {
            try GazetteerCache.load(files, cacheDirectory: gazetteer.cache)
        }
        #expect(error?.description.contains("absent.tsv") == true)
    }
}
