import Benchmark
import Foundation
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Loading the BBC corpus
//
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter "Loading.*"
//
// Throughput is reported in MB (10^6 bytes) of article text per second, as the custom metric
// "Article text MB/s (x10)" (294 = 29.4 MB/s): the UTF-8 text the loader extracts from, not
// files or iterations. Memory: "Memory (resident peak)" is the whole process (runtime and
// benchmark harness included; compare with the baseline benchmark); the custom metric
// "Corpus heap (kB)" is the heap the loaded corpus itself holds (glibc's in-use bytes while
// it is alive, minus before the load), to compare with the text size in the benchmark's name.

/// The BBC corpus beside the package, found from this file's path (not the working directory).
let bbcPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/corpus/bbc").standardized.path

/// The article text of the corpus, as loaded: UTF-8 bytes of every article.
let bbcTextBytes: Int = {
    var loader = CorpusLoader()
    loader.threads = 1
    return loader.load([bbcPath]).articles.reduce(0) { $0 + $1.byteCount }
}()

/// The files' texts in memory, decoded as the loader decodes them (UTF-8, else Windows-1252).
let bbcTexts: [(file: String, text: [UInt8])] = {
    var texts: [(String, [UInt8])] = []
    let sections = ((try? FileManager.default.contentsOfDirectory(atPath: bbcPath)) ?? []).sorted()
    for section in sections {
        let dir = bbcPath + "/" + section
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() where name.hasSuffix(".txt") {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            let utf8 = String(data: data, encoding: .utf8) != nil
            let text = utf8 ? Array(data) : Array((String(data: data, encoding: .windowsCP1252) ?? "").utf8)
            texts.append((dir + "/" + name, text))
        }
    }
    return texts
}()

let textMBps = BenchmarkMetric.custom("Article text MB/s (x10)", polarity: .prefersLarger, useScalingFactor: false)
let corpusHeap = BenchmarkMetric.custom("Corpus heap (kB)", polarity: .prefersSmaller, useScalingFactor: false)

/// Heap bytes in use (glibc's allocator, small and mapped blocks), in kB; `nil` elsewhere.
func heapInUseKB() -> Int? {
    #if canImport(Glibc)
    let info = mallinfo2()
    return Int(info.uordblks + info.hblkhd) / 1000
    #else
    return nil
    #endif
}

/// Records one iteration's text throughput, from its wall-clock time.
func recordThroughput(_ benchmark: Benchmark, bytes: Int, seconds: Double) {
    guard seconds > 0 else { return }
    benchmark.measurement(textMBps, Int((Double(bytes) / seconds / 1e6 * 10).rounded()))
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, textMBps],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 20
    )
    let mb = String(format: "%.2f MB of text", Double(bbcTextBytes) / 1e6)

    // The process with an empty load (runtime, Foundation, topic catalogue): the memory
    // baseline the corpus's own footprint is measured against.
    Benchmark("Loading: baseline (nothing loaded)", configuration: .init(metrics: [.wallClock, .peakMemoryResident])) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CorpusLoader().load([]).topics.count)
        }
    }

    // Read + decode + extract + build, on the calling thread only.
    Benchmark("Loading: whole BBC corpus, one thread (\(mb))",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, textMBps, corpusHeap])) { benchmark in
        var loader = CorpusLoader()
        loader.threads = 1
        for _ in benchmark.scaledIterations {
            let before = heapInUseKB()
            let start = ContinuousClock.now
            let corpus = loader.load([bbcPath])
            recordThroughput(benchmark, bytes: bbcTextBytes, seconds: seconds(since: start))
            if let before, let after = heapInUseKB() { benchmark.measurement(corpusHeap, after - before) }
            blackHole(corpus.quotes.count)
        }
    }

    // The same with the default number of threads (every processor).
    Benchmark("Loading: whole BBC corpus, default threads (\(mb))") { benchmark in
        let loader = CorpusLoader()
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            let corpus = loader.load([bbcPath])
            recordThroughput(benchmark, bytes: bbcTextBytes, seconds: seconds(since: start))
            blackHole(corpus.quotes.count)
        }
    }

    // Extraction alone, one thread, on text already read and decoded.
    Benchmark("Loading: extraction only (\(mb))") { benchmark in
        let catalogue = TopicCatalog.load(userFiles: []).topics
        let extractor = ArticleExtractor(topics: catalogue)
        let texts = bbcTexts
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            for (file, text) in texts {
                blackHole(extractor.extract(ArticleSource(file: file, text: text)).quotes.count)
            }
            recordThroughput(benchmark, bytes: bbcTextBytes, seconds: seconds(since: start))
        }
    }

    // Corpus building alone (identifiers, merged people, outlets, indexes) from extracted articles.
    Benchmark("Loading: corpus build only (\(mb))") { benchmark in
        let catalogue = TopicCatalog.load(userFiles: []).topics
        let extractor = ArticleExtractor(topics: catalogue)
        let extracted = bbcTexts.map { extractor.extract(ArticleSource(file: $0.file, text: $0.text)) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(CorpusLoader.build(from: extracted, topics: catalogue).entities.count)
            recordThroughput(benchmark, bytes: bbcTextBytes, seconds: seconds(since: start))
        }
    }
}
