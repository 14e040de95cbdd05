import NewsModel
import Testing
@testable import NewsQuery

/// `let NAME = QUERY` bindings: use as a collection, chains, redefinition, re-evaluation.
@Suite struct EngineBindingTests {
    @Test func bindingIsUsableAsACollection() throws {
        let harness = EngineHarness()
        let outcome = try harness.run("let tw = quotes where topic = taiwan")
        #expect(outcome.message == "bound 'tw': 3 quotes")
        #expect(outcome.result == nil)
        #expect(try harness.ids("tw") == [2, 5, 6])
        #expect(try harness.ids("tw where speaker = Xi") == [6])
        #expect(try harness.ids("TW sort by id desc limit 2") == [6, 5])
        #expect(try harness.result("tw count").rows == [[.number(3)]])
        #expect(harness.engine.bindingNames == ["tw"])
        #expect(harness.engine.bindingCollection("tw") == .quotes)
    }

    @Test func bindingOfABindingAppliesBothFilters() throws {
        let harness = EngineHarness()
        _ = try harness.run("let tw = quotes where topic = taiwan")
        let outcome = try harness.run("let xi = tw where speaker = Xi")
        #expect(outcome.message == "bound 'xi': 1 quote")
        #expect(try harness.ids("xi") == [6])
        #expect(try harness.ids("xi where line = 3") == [])
        #expect(harness.engine.bindingNames == ["tw", "xi"])
    }

    @Test func redefiningANameFromItselfUsesTheOldDefinition() throws {
        let harness = EngineHarness()
        _ = try harness.run("let tw = quotes where topic = taiwan")
        _ = try harness.run("let tw = tw sort by id desc")
        #expect(try harness.ids("tw") == [6, 5, 2])
        // A later filter keeps the binding's order; a later sort re-sorts stably.
        #expect(try harness.ids("tw where id != 5") == [6, 2])
        #expect(try harness.ids("tw limit 1") == [6])
        #expect(try harness.ids("tw sort by speaker") == [5, 2, 6])
    }

    @Test func bindingWithLimitAndSelectPassesThemOn() throws {
        let harness = EngineHarness()
        _ = try harness.run("let firsts = quotes sort by line limit 3 select id, text")
        let result = try harness.result("firsts")
        #expect(result.columns.map(\.name) == ["id", "text"])
        #expect(try harness.ids("firsts") == [1, 5, 8])
        #expect(try harness.result("firsts select speaker").columns.map(\.name) == ["speaker"])
    }

    @Test func bindingRunsAgainstTheCurrentCorpus() throws {
        let harness = EngineHarness()
        _ = try harness.run("let direct = quotes where kind = direct")
        #expect(try harness.ids("direct").count == 7)
        let full = EngineFixture.corpus
        harness.engine.corpus = Corpus(articles: full.articles, quotes: full.quotes, entities: full.entities,
                                       topics: full.topics, outlets: full.outlets, warnings: [])
        #expect(try harness.ids("direct").count == 7)
        harness.engine.corpus = Corpus(topics: full.topics)
        #expect(try harness.ids("direct") == [])
    }

    @Test(arguments: [
        ("let quotes = quotes where id = 1", "'quotes' is a collection; a binding needs another name", "quotes"),
        ("let where = quotes", "'where' is a keyword; a binding needs another name", "where"),
        ("let total = quotes count", "a binding must be a list of records, not a count", "count"),
        ("let groups = quotes count by speaker", "a binding must be a list of records, not a count", "count by speaker"),
    ])
    func invalidBindings(statement: String, message: String, at text: String) throws {
        let harness = EngineHarness()
        let diagnostics = try harness.diagnostics(statement)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first.map { harness.text(at: $0.range) } == text)
        #expect(harness.engine.bindingNames.isEmpty)
    }
}
