import Benchmark
import Foundation
import NewsModel

// MARK: - Loading the BBC corpus

/// The BBC corpus beside the package, found from this file's path (not the working directory).
let bbcPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/corpus/bbc").standardized.path

/// The corpus's size in bytes, for throughput in MB/s.
let bbcBytes: Int = {
    var total = 0
    if let walker = FileManager.default.enumerator(atPath: bbcPath) {
        for case let name as String in walker where name.hasSuffix(".txt") {
            total += (try? FileManager.default.attributesOfItem(atPath: bbcPath + "/" + name)[.size] as? Int) ?? 0
        }
    }
    return total
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 20
    )

    // The process with an empty load (runtime, Foundation, topic catalogue): the memory
    // baseline the corpus's own footprint is measured against.
    Benchmark("Loading: baseline (nothing loaded)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CorpusLoader().load([]).topics.count)
        }
    }

    // One iteration loads the whole corpus; throughput × corpus size = bytes per second.
    Benchmark("Loading: whole BBC corpus, one thread (\(bbcBytes) bytes)") { benchmark in
        var loader = CorpusLoader()
        loader.threads = 1
        for _ in benchmark.scaledIterations {
            let corpus = loader.load([bbcPath])
            blackHole(corpus.quotes.count)
        }
    }

    Benchmark("Loading: whole BBC corpus, all cores (\(bbcBytes) bytes)") { benchmark in
        for _ in benchmark.scaledIterations {
            let corpus = CorpusLoader().load([bbcPath])
            blackHole(corpus.quotes.count)
        }
    }

    // Extraction alone, on text already in memory.
    Benchmark("Loading: extraction only (\(bbcBytes) bytes)") { benchmark in
        let catalogue = TopicCatalog.load(userFiles: []).topics
        let extractor = ArticleExtractor(topics: catalogue)
        var texts: [[UInt8]] = []
        if let walker = FileManager.default.enumerator(atPath: bbcPath) {
            for case let name as String in walker where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: bbcPath + "/" + name) { texts.append(Array(data)) }
            }
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for text in texts {
                blackHole(extractor.extract(ArticleSource(file: "x", text: text)).quotes.count)
            }
        }
    }
}
