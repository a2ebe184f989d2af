import EnrichAttribution
import EnrichCore
import Foundation
import Testing

/// A broken sources model stops the stage from being built, with a message naming the file.
@Suite struct ModelErrorTests {
    @Test func malformedOutletLineIsReportedWithItsFile() throws {
        let models = try ModelStore.locate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: models.directory + "/sentences",
                                         toPath: folder.appendingPathComponent("sentences").path)
        for file in ["organizations.tsv", "descriptions.tsv", "name-words.tsv"] {
            try FileManager.default.copyItem(atPath: models.directory + "/sources/" + file,
                                             toPath: folder.appendingPathComponent("sources/" + file).path)
        }
        try "Daily Planet\tbroadsheet\tPlanet\n".write(to: folder.appendingPathComponent("sources/outlets.tsv"),
                                                       atomically: true, encoding: .utf8)
        #expect {
            _ = try AttributionStage(models: ModelStore(directory: folder.path))
        } throws: { error in
            "\(error)".contains("sources/outlets.tsv") && "\(error)".contains("Daily Planet")
        }
    }

    @Test func missingDescriptionsFileIsReportedWithItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect {
            _ = try AttributionStage(models: ModelStore(directory: folder.path))
        } throws: { error in
            "\(error)".contains("sources/descriptions.tsv")
        }
    }
}
