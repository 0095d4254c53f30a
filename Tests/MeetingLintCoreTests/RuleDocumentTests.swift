import Testing

@testable import MeetingLintCore

/// Every rule's document: complete, and its examples behave as they say.
@Suite struct RuleDocumentTests {
    static let catalogue = Catalogue.builtIn

    /// The built-in rules and the example rule pack's (`Corpus/local-rules`): every document's
    /// examples are run.
    static let packCatalogue: Catalogue = {
        let folder = Snapshot.packageRoot.appendingPathComponent("Corpus/local-rules").path
        return (try? RulePack.load(folder: folder)).map { catalogue.adding(files: $0) } ?? catalogue
    }()

    static var documents: [RuleDocument] { packCatalogue.ruleIDs.compactMap { packCatalogue.rules[$0] } }

    /// The example pack's documents are among those whose examples run (a pack that failed to load
    /// would otherwise drop them silently).
    @Test func theExamplePacksDocumentsRun() throws {
        let folder = Snapshot.packageRoot.appendingPathComponent("Corpus/local-rules").path
        let files = try RulePack.load(folder: folder)
        #expect(!files.isEmpty)
        #expect(Self.documents.count > Self.catalogue.ruleIDs.count, "no pack document among \(Self.documents.map(\.id))")
    }

    @Test func everyCheckHasADocumentAndEveryDocumentACheck() {
        let checked = Set(Registry.checks.map { type(of: $0).id })
        let engine = Set(Linter.engineRules)
        let documented = Set(Self.catalogue.rules.keys)
        #expect(checked.subtracting(documented).isEmpty, "checks without a document: \(checked.subtracting(documented).sorted())")
        #expect(documented.subtracting(checked).subtracting(engine).isEmpty, "documents without a check: \(documented.subtracting(checked).subtracting(engine).sorted())")
        #expect(engine.isSubset(of: documented))
        // The documents say which rules the engine checks itself (so the plugin lists no check for them).
        let marked = Set(Self.catalogue.rules.values.filter { DataDocument(path: $0.path, text: $0.text).field("engine") != nil }.map(\.id))
        #expect(marked == engine)
    }

    @Test func registryIsSortedAndUnique() {
        let ids = Registry.checks.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: documents.map(\.id))
    func documentIsComplete(_ id: String) throws {
        let document = try #require(Self.packCatalogue.rules[id])
        #expect(!document.summary.isEmpty)
        #expect(!document.help.isEmpty)
        #expect(!document.guidance.isEmpty)
        let data = DataDocument(path: document.path, text: document.text)
        for section in ["What it checks", "Why", "How to fix", "Parameters", "Examples that trigger", "Examples that pass"] {
            #expect(data.section(section) != nil, "\(id) has no '\(section)' section")
        }
        #expect(!document.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!document.passing.isEmpty, "\(id) has no passing example")
        #expect(document.triggering.allSatisfy { !$0.expected.isEmpty }, "\(id): a triggering example has no ↓ marker")
        #expect(document.passing.allSatisfy { $0.expected.isEmpty }, "\(id): a passing example has a ↓ marker")
        // Why cites the guidance by a short name from shared/guidance/README.md.
        let names = ["Bracknell TAC", "NCSCP", "KBSP MAPM", "Calderdale agreement", "Bolton spotlight", "meetinglint"]
        let why = data.section("Why")?.markdown ?? ""
        // A built-in rule cites the shared guidance; a rule pack's cites its own partnership's.
        if Self.catalogue.rules[id] != nil {
            #expect(names.contains { why.contains($0) || document.guidance.contains($0) }, "\(id) does not cite the guidance")
        } else {
            #expect(!document.guidance.isEmpty && why.contains("Partnership"), "\(id) does not cite its guidance")
        }
    }

    /// Runs one rule on its own, as the example's profile sets it, over an example.
    static func findings(of id: String, in text: String) -> [MeetingLintCore.SourceLocation] {
        var settings = RuleSettings()
        for other in packCatalogue.ruleIDs where other != id { settings.commandLine[other] = .some(nil) }
        // A suppression example needs the rules it names to run.
        if id == "unused-suppression" || id == "unknown-rule" {
            for other in packCatalogue.ruleIDs { settings.commandLine[other] = nil }
        }
        let linter = Linter(catalogue: packCatalogue, settings: settings)
        let result = linter.check(SourceFile(path: "example.md", text: text))
        return result.diagnostics.filter { $0.rule == id }.map(\.start)
    }

    /// The messages one rule gives on its own over a record.
    static func messages(of id: String, in text: String) -> [String] {
        var settings = RuleSettings()
        for other in packCatalogue.ruleIDs where other != id { settings.commandLine[other] = .some(nil) }
        let result = Linter(catalogue: packCatalogue, settings: settings).check(SourceFile(path: "example.md", text: text))
        return result.diagnostics.filter { $0.rule == id }.map(\.message)
    }

    /// Where the examples' markers cannot tell two failures apart, the messages must.
    @Test func messagesSayWhatIsMissing() {
        // A contingency with a generic trigger lacks a trigger, not a plan.
        let generic = Self.messages(of: "contingency-specific", in: "## Contingency\nIf things don't improve, Jane Smith will call a meeting with Mum.\n")
        #expect(generic.count == 1 && generic[0].contains("does not say what would set it off") && !generic[0].contains("only names a process"))
        let process = Self.messages(of: "contingency-specific", in: "## Contingency\nStep up to child protection.\n")
        #expect(process.count == 1 && process[0].contains("only names a process"))
        // A glossary expansion reads as plain words, with any note after it.
        let jargon = Self.messages(of: "jargon", in: "## Updates\nAn S47 enquiry has started. A. was DNA.\n")
        #expect(jargon.count == 2 && jargon.allSatisfy { !$0.contains("(") && !$0.contains("\"") })
        #expect(jargon.first?.contains("Section 47 — ") == true)
    }

    @Test(arguments: documents.flatMap { document in document.triggering.map { (document.id, $0) } })
    func triggeringExample(_ id: String, _ example: RuleDocument.Example) {
        let found = Self.findings(of: id, in: example.text)
        #expect(found == example.expected, "\(id) example at line \(example.documentLine) of its document:\n\(example.text)")
    }

    @Test(arguments: documents.flatMap { document in document.passing.map { (document.id, $0) } })
    func passingExample(_ id: String, _ example: RuleDocument.Example) {
        let found = Self.findings(of: id, in: example.text)
        #expect(found.isEmpty, "\(id) example at line \(example.documentLine) of its document:\n\(example.text)")
    }
}
