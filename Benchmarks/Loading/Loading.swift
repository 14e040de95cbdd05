import Benchmark
import Foundation
import NewsModel

// MARK: - Loading the BBC corpus
//
//   cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --filter "Loading.*"
//
// Throughput is reported in MB (10^6 bytes) of article text per second, as the custom metric
// "Article text MB/s (x10)" (294 = 29.4 MB/s): the UTF-8 text the loader extracts from, not
// files or iterations. Memory: "Memory (resident peak)" is the whole process (runtime and
// benchmark harness included; compare with the baseline benchmark); the "corpus memory"
// benchmark loads once in a fresh process and reports what the load adds to resident memory
// while the corpus is held ("Corpus RSS growth") and at its peak ("Load peak RSS growth"),
// to compare with the text size in the benchmark's name.

/// The BBC corpus beside the package, found from this file's path (not the working directory).
let bbcPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/corpus/bbc").standardized.path

/// The size of the corpus's article text: its files' bytes (found without loading anything,
/// so that every benchmark process starts clean).
let bbcTextBytes: Int = {
    var total = 0
    if let walker = FileManager.default.enumerator(atPath: bbcPath) {
        for case let name as String in walker where name.hasSuffix(".txt") {
            total += (try? FileManager.default.attributesOfItem(atPath: bbcPath + "/" + name)[.size] as? Int) ?? 0
        }
    }
    return total
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
let corpusRSS = BenchmarkMetric.custom("Corpus RSS growth MB (x10)", polarity: .prefersSmaller, useScalingFactor: false)
let loadPeakRSS = BenchmarkMetric.custom("Load peak RSS growth MB (x10)", polarity: .prefersSmaller, useScalingFactor: false)

/// A value of `/proc/self/status` in kB (`VmRSS:`, `VmHWM:`), or `nil` off Linux.
func status(_ key: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(key) {
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
    return nil
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
    let mb = String(format: "%.2f MB of article text", Double(bbcTextBytes) / 1e6)

    // The process with an empty load (runtime, Foundation, topic catalogue): the memory
    // baseline the corpus's own footprint is measured against.
    Benchmark("Loading: baseline (nothing loaded)", configuration: .init(metrics: [.wallClock, .peakMemoryResident])) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CorpusLoader().load([]).topics.count)
        }
    }

    // Read + decode + extract + build, on the calling thread only.
    Benchmark("Loading: whole BBC corpus, one thread (\(mb))",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, textMBps])) { benchmark in
        var loader = CorpusLoader()
        loader.threads = 1
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            let corpus = loader.load([bbcPath])
            recordThroughput(benchmark, bytes: bbcTextBytes, seconds: seconds(since: start))
            blackHole(corpus.quotes.count)
        }
    }

    // Memory: one single-threaded load in a fresh process, after an empty load has set up the
    // runtime and topic catalogue. (Later loads reuse memory the allocator kept, so only the
    // first says what a corpus costs.)
    Benchmark("Loading: corpus memory, one load on one thread (\(mb))",
              configuration: .init(metrics: [.peakMemoryResident, corpusRSS, loadPeakRSS], warmupIterations: 0, maxIterations: 1)) { benchmark in
        var loader = CorpusLoader()
        loader.threads = 1
        blackHole(loader.load([]).topics.count)
        let before = status("VmRSS:")
        let corpus = loader.load([bbcPath])
        if let before, let after = status("VmRSS:"), let peak = status("VmHWM:") {
            // kB (1024 bytes) to tenths of MB (10^6 bytes), as the text size is given.
            benchmark.measurement(corpusRSS, (after - before) * 1024 / 100_000)
            benchmark.measurement(loadPeakRSS, (peak - before) * 1024 / 100_000)
        }
        blackHole(corpus.quotes.count)
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
