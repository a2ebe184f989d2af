import EnrichCore
import EnrichEntities
import EnrichText
import Foundation

/// A small invented gazetteer in a fresh temporary folder, compiled into its own cache folder.
struct TestGazetteer {
    let folder: String
    var cache: String { folder + "/cache" }

    static let entities = """
        # name\tlabel\tid\taliases
        Acme\tORG\torg:acme\tAcme Corp.
        Acme Cloud Services\tPRODUCT\tproduct:acme-cloud\t
        Daily Ledger\tORG\tnews:daily-ledger\tDL
        The Morning Courier\tORG\tnews:morning-courier\t
        Associated Press\tORG\tnews:ap\tAP|The Associated Press
        United States\tGPE\tgeo:us\tU.S.|US
        Target\tORG\torg:target\t
        O'Malley Institute\tORG\torg:omalley\t
        Quillon\tGPE\tgeo:quillon\t
        Quillon Rovers Group\tORG\torg:quillon-rovers\t
        eLedger\tPRODUCT\tproduct:eledger\t

        """

    init(entities: String = TestGazetteer.entities) throws {
        folder = NSTemporaryDirectory() + "enrich-entities-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write("entities.tsv", entities)
        try write("common.txt", "target\nshop\nsaid\nstores\ngroup\n")
        try write("first-names.txt", "priya\njohn\n")
        try write("titles.txt", "cto\nanalyst\npresident\n")
        try write("heads.txt", "alliance\ngroup\ninc.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    var files: [GazetteerFile] {
        [
            GazetteerFile(path: folder + "/common.txt", kind: .words(.commonWord)),
            GazetteerFile(path: folder + "/first-names.txt", kind: .words(.firstName)),
            GazetteerFile(path: folder + "/titles.txt", kind: .words(.title)),
            GazetteerFile(path: folder + "/heads.txt", kind: .words(.organizationHead)),
            GazetteerFile(path: folder + "/entities.tsv", kind: .entities),
        ]
    }

    func stage(_ options: EntityStage.Options = EntityStage.Options()) throws -> EntityStage {
        EntityStage(gazetteer: try GazetteerCache.load(files, cacheDirectory: cache), options: options)
    }

    /// The entities of `text` as (surface, label, id).
    func tag(_ text: String, options: EntityStage.Options = EntityStage.Options()) throws -> [Mention] {
        var document = Document(id: "test", text: text)
        let models = try ModelStore.locate()
        try SentenceStage(models: models).process(&document)
        try TokenStage(models: models).process(&document)
        try stage(options).process(&document)
        return (document.entities ?? []).map { Mention(document.substring($0.range), $0.label, $0.id) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

struct Mention: Equatable, CustomStringConvertible {
    let text: String
    let label: String
    let id: String?

    init(_ text: String, _ label: String, _ id: String? = nil) {
        self.text = text
        self.label = label
        self.id = id
    }

    var description: String { "\(text)/\(label)/\(id ?? "-")" }
}

extension EntityStage.Options {
    /// Only list matches: no patterns, links or numbers.
    static var listsOnly: EntityStage.Options {
        var options = EntityStage.Options()
        options.patterns = false
        options.linkShortMentions = false
        options.numeric = false
        return options
    }
}
